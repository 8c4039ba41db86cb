// What a reader needs to turn ids into names while reading a history from the start: learned from
// the events themselves, so a replay up to any point names things as they stood then.
import type { AuditEvent, Lexicon } from '../shared/describing';

export { nameOf, type AuditEvent, type Lexicon } from '../shared/describing';

export const emptyLexicon = (): Lexicon => ({ names: new Map(), deals: new Map(), jdPosts: new Map() });

const remember = (lex: Lexicon, id: unknown, name: unknown) => {
  if (typeof id === 'string' && typeof name === 'string' && name) lex.names.set(id, name);
};

const postName = (p: { reference?: string; title?: string }) => [p.reference, p.title].filter(Boolean).join(' ');

// Updates the lexicon in place with what this event tells (call after describing it).
export const learn = (lex: Lexicon, event: AuditEvent): void => {
  const d = event.data;
  switch (event.type) {
    case 'AuthorityRegistered':
      return remember(lex, d.authorityId, d.name);
    case 'DirectorateAdded':
      return remember(lex, d.directorateId, d.name);
    case 'ServiceAdded':
      return remember(lex, d.serviceId, d.name);
    case 'ProgrammeStarted':
      return remember(lex, d.programmeId, d.name);
    case 'UserRegistered':
    case 'UserInvited':
      return remember(lex, d.userId, d.displayName);
    case 'PostAdded':
    case 'PostUpdated':
      return remember(lex, d.postId, postName(d));
    case 'PostsImported':
      for (const p of d.posts ?? []) remember(lex, p.postId, postName(p));
      return;
    case 'ContractAdded':
    case 'ContractUpdated':
      return remember(lex, d.contractId, d.title);
    case 'ContractsImportedBatch':
      for (const c of d.contracts ?? []) remember(lex, c.contractId, c.title);
      return;
    case 'BenefitRecorded':
    case 'BenefitUpdated':
      return remember(lex, d.benefitId, d.title);
    case 'DesignOptionDrafted':
      remember(lex, d.optionId, d.name);
      for (const p of d.posts ?? []) remember(lex, p.designPostId, p.title);
      return;
    case 'DesignOptionRenamed':
      return remember(lex, d.optionId, d.name);
    case 'DesignPostAdded':
    case 'DesignPostRevised':
      return remember(lex, d.post?.designPostId, d.post?.title);
    case 'RingFencePoolFormed':
      return remember(lex, d.poolId, d.name);
    case 'TemplateSaved':
      return remember(lex, d.templateId, d.name);
    case 'ActivityAdded':
      return remember(lex, d.activityId, d.name);
    case 'ActivityRenamed':
      return remember(lex, d.activityId, d.name);
    case 'JobDescriptionDrafted':
      lex.jdPosts.set(event.streamName, d.designPostId);
      return;
    case 'RecruitmentPlanDrafted':
      for (const v of d.vacancies ?? []) remember(lex, v.vacancyId, v.title);
      return;
    case 'FteDealProposed':
      lex.deals.set(d.dealId, { serviceId: d.serviceId, onTable: d.terms, agreed: null });
      return;
    case 'FteDealCountered':
    case 'FteDealAmendmentProposed':
    case 'FteDealAmendmentCountered': {
      const deal = lex.deals.get(d.dealId);
      if (deal) deal.onTable = d.terms;
      return;
    }
    case 'FteDealAgreed':
    case 'FteDealAmendmentAgreed': {
      const deal = lex.deals.get(d.dealId);
      if (deal) Object.assign(deal, { onTable: d.terms, agreed: d.terms });
      return;
    }
    case 'FteDealAmendmentRejected': {
      // the agreed terms stay in force
      const deal = lex.deals.get(d.dealId);
      if (deal?.agreed) deal.onTable = deal.agreed;
      return;
    }
    default:
      return;
  }
};
