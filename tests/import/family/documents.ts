import type { FamilyDocument } from './compose.ts';
import {
  financialCyberPanel,
  spaceHeadquarters,
  strategyHeadquarters,
  supplyChainPage,
  workforceCommittee,
} from './summaries.ts';
import {
  consumerEducation,
  consumerPlatforms,
  cyberTaskForce,
  digitalSociety,
  healthInformation,
  justiceCouncil,
  justiceExpectation,
  justiceSubcommittee,
  networkPolicy,
  paymentsWorkingGroup,
  regionalInfrastructure,
} from './verbatim.ts';

/**
 * The family: whole minutes in the layouts the ministries publish (see README.md), each with what a
 * right import holds. People, sessions and words are invented; the layouts are the real ones.
 */
export function familyDocuments(): FamilyDocument[] {
  const justice = justiceSubcommittee();
  return [
    strategyHeadquarters(),
    {
      file: '02-moj-shintaku-bukai-12.txt',
      edition: 'shift_jis',
      about:
        "法制審議会 部会 議事録, 法務省's text edition: 第１　日　時 … 自/至, ○X部会長 / 幹事 / 小川（俊）関係官, －了－",
      lines: justice.lines,
      expect: justiceExpectation(justice),
    },
    {
      file: '03-moj-shintaku-bukai-12.pdf',
      edition: 'pdf',
      justify: true,
      about:
        'the same 議事録 as a PDF: a title page, page numbers in the footer; its draft must agree with the text edition',
      lines: justice.lines,
      expect: justiceExpectation(justice),
    },
    networkPolicy(),
    supplyChainPage(),
    digitalSociety(),
    consumerPlatforms(),
    spaceHeadquarters(),
    healthInformation(),
    paymentsWorkingGroup(),
    workforceCommittee(),
    regionalInfrastructure(),
    cyberTaskForce(),
    financialCyberPanel(),
    justiceCouncil(),
    consumerEducation(),
  ];
}
