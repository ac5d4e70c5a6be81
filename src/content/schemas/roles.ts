/**
 * The roles an attendee can hold in one meeting, in three kinds. No imports, so that the importer
 * (run by plain Node) reads the same lists as the schema.
 */

/** Roles one person holds at a time: a bare 座長 or 本部長 in the minutes names that person. */
export const chairRoles = ['座長', '座長代理', '委員長', '委員長代理', '主査', '主査代理', '議長', '議長代理', '副議長', '本部長', '副本部長'] as const;

/** Roles that make someone a member of the body, chairs included. */
export const memberRoles = [...chairRoles, '本部員', '構成員', '委員', '専門委員'] as const;

/** Every role, members first, then observers, speakers invited and officials. */
export const attendeeRoles = [...memberRoles, 'オブザーバー', '説明者', '事務局', '省庁'] as const;
