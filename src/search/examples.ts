/**
 * Queries offered as examples on the home page: terms the record itself uses, one of them spelled
 * differently in the sources (ファジング finds Fuzzing through its topic). A browser test checks
 * that each still finds something.
 */
export const exampleQueries = ['通信の秘密', 'セキュアゲートウェイ', 'C&Cサーバ', 'ファジング'] as const;
