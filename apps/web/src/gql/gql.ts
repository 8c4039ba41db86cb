/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AddActivity($input: AddActivityInput!) {\n    addActivity(input: $input) { id }\n  }\n": typeof types.AddActivityDocument,
    "\n  mutation RenameActivity($input: RenameActivityInput!) {\n    renameActivity(input: $input) { id }\n  }\n": typeof types.RenameActivityDocument,
    "\n  mutation RetireActivity($input: RetireActivityInput!) {\n    retireActivity(input: $input) { id }\n  }\n": typeof types.RetireActivityDocument,
    "\n  mutation SeedActivityTaxonomy($input: SeedActivityTaxonomyInput!) {\n    seedActivityTaxonomy(input: $input) { id }\n  }\n": typeof types.SeedActivityTaxonomyDocument,
    "\n  mutation SubmitActivityReturn($input: SubmitActivityReturnInput!) {\n    submitActivityReturn(input: $input) { returnId posts }\n  }\n": typeof types.SubmitActivityReturnDocument,
    "\n  query AnalysisProgrammes {\n    programmes { id authorityId name stage startedOn }\n    authorities { id name services { id name } }\n  }\n": typeof types.AnalysisProgrammesDocument,
    "\n  query ReturnCoverage($authorityId: ID!, $programmeId: ID!) {\n    posts(authorityId: $authorityId) { id serviceId }\n    activityShares(programmeId: $programmeId) { postId serviceId }\n  }\n": typeof types.ReturnCoverageDocument,
    "\n  query ActivityAnalysis($programmeId: ID!, $thresholdPercent: Int!) {\n    activityAnalysis(programmeId: $programmeId, thresholdPercent: $thresholdPercent) {\n      programmeId headline roundingRule thresholdPercent\n      totalFte totalCostPence postsAnalysed postsWithContractManagement substantivePosts fractionalPosts\n      byService { serviceId serviceName fte costPence posts substantivePosts }\n      byActivity { activityId name fte costPence }\n    }\n  }\n": typeof types.ActivityAnalysisDocument,
    "\n  query ActivityTaxonomy($programmeId: ID!) {\n    activityTaxonomy(programmeId: $programmeId) { id name parentId retired contractManagement }\n  }\n": typeof types.ActivityTaxonomyDocument,
    "\n  query ActivityReturnForm($authorityId: ID!, $programmeId: ID!, $serviceId: ID!) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) { id reference title fte }\n    activityTaxonomy(programmeId: $programmeId) { id name parentId retired contractManagement }\n    activityShares(programmeId: $programmeId, serviceId: $serviceId) { postId shares { activityId percent } }\n  }\n": typeof types.ActivityReturnFormDocument,
    "\n  query AuditHome {\n    authorities { id name kind programmes { id name } }\n  }\n": typeof types.AuditHomeDocument,
    "\n  query DecisionHistory($filter: DecisionHistoryFilter!, $first: Int, $offset: Int) {\n    decisionHistory(filter: $filter, first: $first, offset: $offset) {\n      authorityId total offset contexts eventTypes\n      actors { id name role }\n      items { eventId position context eventType sentence actorName actorRole occurredAt reason }\n    }\n  }\n": typeof types.DecisionHistoryDocument,
    "\n  query DecisionRaw($filter: DecisionHistoryFilter!) {\n    decisionHistory(filter: $filter, first: 1) { items { eventId raw } }\n  }\n": typeof types.DecisionRawDocument,
    "\n  query ProgrammeDiff($programmeId: ID!, $from: String!, $to: String!) {\n    programmeDiff(programmeId: $programmeId, from: $from, to: $to) {\n      from to\n      items { area change label before after causedBy { eventId sentence occurredAt actorName reason } }\n    }\n  }\n": typeof types.ProgrammeDiffDocument,
    "\n  query AuditVerification($authorityId: ID!) {\n    auditVerification(authorityId: $authorityId) {\n      ok checkedAt events sealedUpTo unsealedEvents\n      streams { streamName events ok reason revision }\n      checkpoints { sequence sealedAt upTo streams events ok problems }\n      firstBroken { streamName revision eventId reason }\n    }\n  }\n": typeof types.AuditVerificationDocument,
    "\n  query AuditPublicKey { auditPublicKey { algorithm keyId publicKeyPem } }\n": typeof types.AuditPublicKeyDocument,
    "\n  query AuditAccessLog($first: Int, $offset: Int) {\n    auditAccessLog(first: $first, offset: $offset) { total items { id at userName role operation authorityId authorityName } }\n  }\n": typeof types.AuditAccessLogDocument,
    "\n  mutation SealAuditCheckpoint($input: SealAuditCheckpointInput!) { sealAuditCheckpoint(input: $input) { sequence sealedAt upTo streams events } }\n": typeof types.SealAuditCheckpointDocument,
    "\n  query AuditDeals($programmeId: ID!) {\n    fteDeals(programmeId: $programmeId) { id serviceName status fte lastActivityAt }\n  }\n": typeof types.AuditDealsDocument,
    "\n  mutation AcceptInvitation($input: UseLinkInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: UseLinkInput!) {\n    resetPassword(input: $input) {\n      token\n      expiresAt\n      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query Authorities {\n    authorities {\n      id\n      name\n      kind\n      directorateCount\n      serviceCount\n      programmes { id name stage }\n    }\n  }\n": typeof types.AuthoritiesDocument,
    "\n  query Authority($id: ID!) {\n    authority(id: $id) {\n      id\n      name\n      kind\n      directorates { id name }\n      services { id name directorateId }\n      programmes { id name objective stage stageDecision { summary on } startedOn }\n    }\n  }\n": typeof types.AuthorityDocument,
    "\n  mutation ChangeBenefitStatus($input: ChangeBenefitStatusInput!) {\n    changeBenefitStatus(input: $input) { id title status }\n  }\n": typeof types.ChangeBenefitStatusDocument,
    "\n  mutation RecordBenefit($input: RecordBenefitInput!) {\n    recordBenefit(input: $input) { id title status }\n  }\n": typeof types.RecordBenefitDocument,
    "\n  mutation UpdateBenefit($input: UpdateBenefitInput!) {\n    updateBenefit(input: $input) { id title status }\n  }\n": typeof types.UpdateBenefitDocument,
    "\n  query BenefitsRegister($programmeId: ID!) {\n    benefits(programmeId: $programmeId) {\n      programmeId\n      benefits { id programmeId title cashable annualAmountPence owner baseline targetDate status statusNote }\n      totals { cashablePence nonCashablePence byStatus { status annualAmountPence } }\n    }\n  }\n": typeof types.BenefitsRegisterDocument,
    "\n  mutation SetBusinessCaseAssumptions($input: SetBusinessCaseAssumptionsInput!) {\n    setBusinessCaseAssumptions(input: $input) { programmeId assumptions { decided reason } }\n  }\n": typeof types.SetBusinessCaseAssumptionsDocument,
    "\n  query BusinessCase($programmeId: ID!) {\n    businessCase(programmeId: $programmeId) {\n      programmeId\n      assumptions { firstYear horizonYears vacancyFactorBp increments decided reason payAwards { financialYear rateBp } }\n      options {\n        optionId optionName chosen paybackYear\n        totals { payPence nonPayPence incrementsPence payAwardPence vacancySavingPence recurringPence oneOffPence fundingPence netPence }\n        years {\n          financialYear payPence nonPayPence incrementsPence payAwardPence vacancySavingPence recurringPence oneOffPence fundingPence netPence cumulativeNetPence\n          payAward { kind rateBp description source }\n        }\n      }\n    }\n  }\n": typeof types.BusinessCaseDocument,
    "\n  mutation SetCapacityAssumptions($input: SetCapacityAssumptionsInput!) {\n    setCapacityAssumptions(input: $input) {\n      programmeId hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule\n      tiers { tier contracts hoursPerContract hours fte }\n      assumptions { hoursPerContract { tier hours } productiveHoursPerFte isDefault fromTemplateId }\n    }\n  }\n": typeof types.SetCapacityAssumptionsDocument,
    "\n  query CapacityModel($programmeId: ID!) {\n    capacityModel(programmeId: $programmeId) {\n      programmeId hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule\n      tiers { tier contracts hoursPerContract hours fte }\n      assumptions { hoursPerContract { tier hours } productiveHoursPerFte isDefault fromTemplateId }\n    }\n  }\n": typeof types.CapacityModelDocument,
    "\n  mutation DraftConsultationPlan($input: DraftConsultationPlanInput!) {\n    draftConsultationPlan(input: $input) { planId status revision }\n  }\n": typeof types.DraftConsultationPlanDocument,
    "\n  mutation LaunchConsultation($input: LaunchConsultationInput!) {\n    launchConsultation(input: $input) { planId status revision }\n  }\n": typeof types.LaunchConsultationDocument,
    "\n  mutation LogTradeUnionEngagement($input: LogTradeUnionEngagementInput!) {\n    logTradeUnionEngagement(input: $input) { planId status revision }\n  }\n": typeof types.LogTradeUnionEngagementDocument,
    "\n  mutation PlanConsultationDates($input: PlanConsultationDatesInput!) {\n    planConsultationDates(input: $input) { planId status revision }\n  }\n": typeof types.PlanConsultationDatesDocument,
    "\n  mutation RecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) { planId status revision }\n  }\n": typeof types.RecordDisclosureDocument,
    "\n  mutation RecordEqualityImpactAssessment($input: RecordEqualityImpactAssessmentInput!) {\n    recordEqualityImpactAssessment(input: $input) { planId status revision }\n  }\n": typeof types.RecordEqualityImpactAssessmentDocument,
    "\n  mutation RecordIndividualAppeal($input: RecordIndividualAppealInput!) {\n    recordIndividualAppeal(input: $input) { planId status revision }\n  }\n": typeof types.RecordIndividualAppealDocument,
    "\n  mutation RecordIndividualMeeting($input: RecordIndividualMeetingInput!) {\n    recordIndividualMeeting(input: $input) { planId status revision }\n  }\n": typeof types.RecordIndividualMeetingDocument,
    "\n  mutation RecordIndividualOutcome($input: RecordIndividualOutcomeInput!) {\n    recordIndividualOutcome(input: $input) { planId status revision }\n  }\n": typeof types.RecordIndividualOutcomeDocument,
    "\n  mutation RecordProtectedCharacteristics($input: RecordProtectedCharacteristicsInput!) {\n    recordProtectedCharacteristics(input: $input) { planId status revision }\n  }\n": typeof types.RecordProtectedCharacteristicsDocument,
    "\n  mutation RecordContinuousService($input: RecordContinuousServiceInput!) {\n    recordContinuousService(input: $input) { planId status revision }\n  }\n": typeof types.RecordContinuousServiceDocument,
    "\n  mutation ElectEmployeeRepresentatives($input: ElectEmployeeRepresentativesInput!) {\n    electEmployeeRepresentatives(input: $input) { planId status revision }\n  }\n": typeof types.ElectEmployeeRepresentativesDocument,
    "\n  mutation ReviseConsultationPlan($input: ReviseConsultationPlanInput!) {\n    reviseConsultationPlan(input: $input) { planId status revision }\n  }\n": typeof types.ReviseConsultationPlanDocument,
    "\n  query ConsultationPlans($programmeId: ID!) {\n    consultationPlans(programmeId: $programmeId) {\n      planId title establishment proposedDismissals status draftedOn launchedOn\n      figures { collectiveRequired minimumDays }\n      dismissals { counted }\n      warnings { code }\n    }\n  }\n": typeof types.ConsultationPlansDocument,
    "\n  query ConsultationPlan($planId: ID!) {\n    consultationPlan(planId: $planId) {\n      planId programmeId title establishment proposedDismissals recognisedUnions status draftedOn launchedOn launchRuleIds revision\n      dates { staffBriefing consultationStart consultationClose responseToFeedback finalStructurePublished selectionStart selectionEnd noticesIssued appealsClose firstDismissal goLive hr1SentOn }\n      figures {\n        ruleDate collectiveRequired minimumDays collectiveRuleId collectiveRule collectiveSource\n        hr1Required hr1LeadDays hr1Deadline hr1OnlineFormOnly hr1RuleId hr1Rule hr1Source earliestFirstDismissal latestConsultationStart\n      }\n      warnings { code message rule source dates }\n      gate { open reason }\n      disclosures { item label given givenOn documentRef unions }\n      tradeUnionLog { entryId date kind unions summary }\n      individuals {\n        postId postReference person atRisk placement outcome outcomeDecidedOn proposedForDismissal\n        service { serviceStart contractualNoticeWeeks statutoryNoticeWeeks }\n        meetings { meetingId date kind note }\n        appeal { lodgedOn result decidedOn }\n      }\n      timeline { from to bars { key label start end } constraints { key label date rule source } }\n      exposure { applies breached ruleId rule source toBeConfirmed ruleDate maximumDays basis totalPence people { postId person annualPayPence maximumPence } }\n      equality { assessment { documentRef assessedOn findings } stages stageTotals suppressBelow rows { characteristic category counts } }\n      dismissals { recorded derived changedTerms counted differs rule source aggregated { planId title dismissals } people { postId person reasons } }\n      election { electedOn termEndsOn source representatives { postId person represents } }\n    }\n  }\n": typeof types.ConsultationPlanDocument,
    "\n  mutation AddTargetContract($input: AddTargetContractInput!) {\n    addTargetContract(input: $input) { id reference tier }\n  }\n": typeof types.AddTargetContractDocument,
    "\n  mutation ImportTargetContracts($input: ImportTargetContractsInput!) {\n    importTargetContracts(input: $input) { importId fileName rowCount created updated unchanged }\n  }\n": typeof types.ImportTargetContractsDocument,
    "\n  mutation RemoveTargetContract($input: RemoveTargetContractInput!) {\n    removeTargetContract(input: $input)\n  }\n": typeof types.RemoveTargetContractDocument,
    "\n  mutation SetTierRules($input: SetTierRulesInput!) {\n    setTierRules(input: $input) { programmeId isDefault bands { tier minAnnualValuePence riskAtLeast } }\n  }\n": typeof types.SetTierRulesDocument,
    "\n  mutation UpdateTargetContract($input: UpdateTargetContractInput!) {\n    updateTargetContract(input: $input) { id reference tier revision }\n  }\n": typeof types.UpdateTargetContractDocument,
    "\n  mutation RecordContractNoticeTrigger($input: RecordContractNoticeTriggerInput!) {\n    recordContractNoticeTrigger(input: $input) { id }\n  }\n": typeof types.RecordContractNoticeTriggerDocument,
    "\n  mutation RecordContractNoticePublished($input: RecordContractNoticePublishedInput!) {\n    recordContractNoticePublished(input: $input) { id }\n  }\n": typeof types.RecordContractNoticePublishedDocument,
    "\n  query TargetContracts($programmeId: ID!) {\n    targetContracts(programmeId: $programmeId) {\n      id programmeId reference title supplier serviceId serviceName annualValuePence wholeLifeValuePence\n      startDate endDate risk vfmConcern vfmNote contractManagerPostId contractManagerPostReference kpisSet exempt\n      procurementStartedOn regime\n      tier revision\n      procurementActDuties {\n        applies regime reason ruleVersion\n        kpis { required minimum set met }\n        performanceNotices { dueDate kind overdue }\n      }\n      notices { kind name source dueDate because triggerId state publishedOn reference }\n      noticeTriggers { triggerId kind occurredOn description }\n    }\n  }\n": typeof types.TargetContractsDocument,
    "\n  query TierRules($programmeId: ID!) {\n    tierRules(programmeId: $programmeId) {\n      programmeId isDefault fromTemplateId\n      bands { tier minAnnualValuePence riskAtLeast }\n    }\n  }\n": typeof types.TierRulesDocument,
    "\n  query ContractManagerPosts($authorityId: ID!) {\n    posts(authorityId: $authorityId) { id reference title serviceName }\n  }\n": typeof types.ContractManagerPostsDocument,
    "\n  mutation RecordExitCostInputs($input: RecordExitCostInputsInput!) {\n    recordExitCostInputs(input: $input) { postId }\n  }\n": typeof types.RecordExitCostInputsDocument,
    "\n  mutation SetBudgetNonPayLines($input: SetBudgetNonPayLinesInput!) {\n    setBudgetNonPayLines(input: $input) { programmeId nonPayTotalPence }\n  }\n": typeof types.SetBudgetNonPayLinesDocument,
    "\n  mutation SignOffBudget($input: SignOffBudgetInput!) {\n    signOffBudget(input: $input) { programmeId signOffs { signedOn current } }\n  }\n": typeof types.SignOffBudgetDocument,
    "\n  query OptionCost($programmeId: ID!, $financialYear: String!, $policy: ScpPolicy!) {\n    optionCost(programmeId: $programmeId, financialYear: $financialYear, policy: $policy) {\n      optionId optionName financialYear policy provisionalPosts tableIds\n      totals { salaryPence niPence lgpsPence levyPence allowancesPence totalPence }\n      posts {\n        designPostId title fte grade minScp maxScp final\n        salaryPence niPence lgpsPence levyPence allowancesPence totalPence\n        basis { scpUsed annualPayPence payTableId niTableId levyTableId unconfirmedTableIds lgpsRate { rateBp effectiveFrom source } }\n      }\n    }\n  }\n": typeof types.OptionCostDocument,
    "\n  query FunctionBudget($programmeId: ID!, $financialYear: String!) {\n    functionBudget(programmeId: $programmeId, financialYear: $financialYear) {\n      programmeId financialYear nonPayTotalPence totalPence annualTotalPence fundingPence gapPence neededFte agreedFte gapFte\n      notGradedPence oneOffTotalPence\n      partYear { goLiveDate daysInYear daysCosted }\n      oneOffCosts { kind label pence date }\n      pay { optionName provisionalPosts tableIds totals { totalPence } notGraded { designPostId title fte annualPence pence } }\n      nonPayLines { label pencePerYear }\n      signOffs { signedOn note totalPence fundingPence gapPence tableIds lgpsRateBp current }\n    }\n  }\n": typeof types.FunctionBudgetDocument,
    "\n  query ExitCosts($programmeId: ID!) {\n    exitCosts(programmeId: $programmeId) {\n      postId reference title outcome\n      inputs { age completeYearsService weeklyPayPence pensionMember yearsMembership lgpsStrainEstimatePence dismissalDate }\n      statutoryRedundancyPay { pence halfWeeks yearsCounted weeklyPayUsedPence capTableId eligible reason }\n      lgpsStrain { applies estimatePence note }\n    }\n  }\n": typeof types.ExitCostsDocument,
    "\n  query FteDeals($programmeId: ID!) {\n    fteDeals(programmeId: $programmeId) {\n      id programmeId serviceId serviceName status fte agreedFte offerFte awaiting rounds version lastActivityAt\n      budget { financialYear pence }\n    }\n  }\n": typeof types.FteDealsDocument,
    "\n  query FteDeal($id: ID!) {\n    fteDeal(id: $id) {\n      id programmeId serviceId serviceName status fte agreedFte offerFte awaiting rounds version lastActivityAt\n      terms {\n        fte budgetTotalPence effectiveDate linkedChange rationale\n        sourcePosts { postId reference title fte postFte }\n        budget { financialYear pence }\n      }\n      offerTerms {\n        fte budgetTotalPence effectiveDate linkedChange rationale\n        sourcePosts { postId reference title fte postFte }\n        budget { financialYear pence }\n      }\n      history { side action sentence actorName actorRole reason at onBehalfOfService fte budgetTotal }\n      notes { text authorName at }\n    }\n  }\n": typeof types.FteDealDocument,
    "\n  query DealServicePosts($authorityId: ID!, $serviceId: ID!) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) { id reference title fte vacant }\n  }\n": typeof types.DealServicePostsDocument,
    "\n  mutation AddDealNote($input: AddDealNoteInput!) {\n    addDealNote(input: $input) { id notes { text authorName at } }\n  }\n": typeof types.AddDealNoteDocument,
    "\n  mutation AgreeFteDealAmendment($input: DealStepInput!) {\n    agreeFteDealAmendment(input: $input) { id status version }\n  }\n": typeof types.AgreeFteDealAmendmentDocument,
    "\n  mutation AgreeFteDeal($input: DealStepInput!) {\n    agreeFteDeal(input: $input) { id status version }\n  }\n": typeof types.AgreeFteDealDocument,
    "\n  mutation CounterFteDealAmendment($input: DealOfferInput!) {\n    counterFteDealAmendment(input: $input) { id status version }\n  }\n": typeof types.CounterFteDealAmendmentDocument,
    "\n  mutation CounterFteDeal($input: DealOfferInput!) {\n    counterFteDeal(input: $input) { id status version }\n  }\n": typeof types.CounterFteDealDocument,
    "\n  mutation ProposeFteDealAmendment($input: DealOfferInput!) {\n    proposeFteDealAmendment(input: $input) { id status version }\n  }\n": typeof types.ProposeFteDealAmendmentDocument,
    "\n  mutation ProposeFteDeal($input: ProposeFteDealInput!) {\n    proposeFteDeal(input: $input) { id status version }\n  }\n": typeof types.ProposeFteDealDocument,
    "\n  mutation RejectFteDealAmendment($input: DealStepInput!) {\n    rejectFteDealAmendment(input: $input) { id status version }\n  }\n": typeof types.RejectFteDealAmendmentDocument,
    "\n  mutation RejectFteDeal($input: DealStepInput!) {\n    rejectFteDeal(input: $input) { id status version }\n  }\n": typeof types.RejectFteDealDocument,
    "\n  mutation WithdrawFteDeal($input: DealStepInput!) {\n    withdrawFteDeal(input: $input) { id status version }\n  }\n": typeof types.WithdrawFteDealDocument,
    "\n  mutation DraftContractManagementDefinition($input: DraftContractManagementDefinitionInput!) {\n    draftContractManagementDefinition(input: $input) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n": typeof types.DraftContractManagementDefinitionDocument,
    "\n  mutation RecordDefinitionAgreement($input: RecordDefinitionAgreementInput!) {\n    recordDefinitionAgreement(input: $input) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n": typeof types.RecordDefinitionAgreementDocument,
    "\n  query ContractManagementDefinition($programmeId: ID!) {\n    contractManagementDefinition(programmeId: $programmeId) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n": typeof types.ContractManagementDefinitionDocument,
    "\n  mutation DischargeCondition($input: DischargeConditionInput!) {\n    dischargeCondition(input: $input) { programmeId gate { open reason } }\n  }\n": typeof types.DischargeConditionDocument,
    "\n  mutation RecordDesignAuthorityDecision($input: RecordDesignAuthorityDecisionInput!) {\n    recordDesignAuthorityDecision(input: $input) { programmeId gate { open reason } }\n  }\n": typeof types.RecordDesignAuthorityDecisionDocument,
    "\n  mutation SubmitToDesignAuthority($input: SubmitToDesignAuthorityInput!) {\n    submitToDesignAuthority(input: $input) { programmeId submissions { submissionId } }\n  }\n": typeof types.SubmitToDesignAuthorityDocument,
    "\n  query DesignAuthority($programmeId: ID!) {\n    designAuthority(programmeId: $programmeId) {\n      programmeId\n      gate { open reason submissionId decision openBlockingConditions { conditionId text owner dueDate } }\n      submissions {\n        submissionId submittedOn status supersededBy\n        decision { decision meetingDate asksFor reasons }\n        conditions { conditionId text owner dueDate blocking discharged dischargedOn evidence }\n        snapshot {\n          optionId optionName totalCostPence costingBasis agreedFte neededFte gapFte consultationOutline\n          financialYear goLiveDate notGradedPence oneOffPence\n          nonPay { label pence }\n          oneOffCosts { kind label pence }\n          financeSignOff { signedOff signedOn current }\n          posts { designPostId title grade fte pence costedInFull }\n          fundingByYear { financialYear agreedPence pipelinePence neededPence gapPence }\n          deals { dealId serviceName status fte }\n          grading { designPostId jd evaluation grade }\n        }\n      }\n    }\n  }\n": typeof types.DesignAuthorityDocument,
    "\n  mutation AddDesignPost($input: AddDesignPostInput!) {\n    addDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": typeof types.AddDesignPostDocument,
    "\n  mutation ChooseDesignOption($input: ChooseDesignOptionInput!) {\n    chooseDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": typeof types.ChooseDesignOptionDocument,
    "\n  mutation DraftDesignOption($input: DraftDesignOptionInput!) {\n    draftDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": typeof types.DraftDesignOptionDocument,
    "\n  mutation RemoveDesignPost($input: RemoveDesignPostInput!) {\n    removeDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": typeof types.RemoveDesignPostDocument,
    "\n  mutation RenameDesignOption($input: RenameDesignOptionInput!) {\n    renameDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": typeof types.RenameDesignOptionDocument,
    "\n  mutation ReviseDesignPost($input: ReviseDesignPostInput!) {\n    reviseDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": typeof types.ReviseDesignPostDocument,
    "\n  mutation SetFunctionGoLiveDate($input: SetFunctionGoLiveDateInput!) {\n    setFunctionGoLiveDate(input: $input) { programmeId goLiveDate revision }\n  }\n": typeof types.SetFunctionGoLiveDateDocument,
    "\n  query FunctionDesign($programmeId: ID!) {\n    functionDesign(programmeId: $programmeId) {\n      programmeId chosenOptionId chosenReason revision goLiveDate\n      options {\n        id name description chosen layers\n        checks { rule message designPostId }\n        totals { posts fte indicativeCostPence }\n        orgChart { designPostId title grade fte layer reportsTo directReports }\n        posts { id title grade fte reportsTo responsibilities jdReference indicativeCostPence apprenticeship holderAgeBand allowances { type pencePerYear } }\n      }\n    }\n  }\n": typeof types.FunctionDesignDocument,
    "\n  query CompareDesignOptions($programmeId: ID!) {\n    compareDesignOptions(programmeId: $programmeId) {\n      optionId name chosen posts fte indicativeCostPence checks financialYear fullCostPence notGradedPence notGradedPosts costingProblem\n    }\n  }\n": typeof types.CompareDesignOptionsDocument,
    "\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) { id reference }\n  }\n": typeof types.AddPostDocument,
    "\n  mutation ImportPosts($input: ImportSheetInput!) {\n    importPosts(input: $input) { importId fileName rowCount created updated unchanged }\n  }\n": typeof types.ImportPostsDocument,
    "\n  mutation RemovePost($input: RemovePostInput!) {\n    removePost(input: $input)\n  }\n": typeof types.RemovePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) { id reference }\n  }\n": typeof types.UpdatePostDocument,
    "\n  query EstablishmentAuthorities {\n    authorities { id name kind serviceCount }\n  }\n": typeof types.EstablishmentAuthoritiesDocument,
    "\n  query EstablishmentAuthority($id: ID!) {\n    authority(id: $id) { id name services { id name } }\n    tenantSettings { allowPostholderNames }\n  }\n": typeof types.EstablishmentAuthorityDocument,
    "\n  query Posts($authorityId: ID!, $serviceId: ID) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) {\n      id reference serviceId serviceName title grade scp fte postholderRef vacant budgetedAnnualCostPence\n    }\n  }\n": typeof types.PostsDocument,
    "\n  query FundingPosition($programmeId: ID!) {\n    fundingPosition(programmeId: $programmeId) {\n      programmeId agreedFte pipelineFte neededFte gapFte needSource goLiveDate\n      byYear { financialYear agreedPence pipelinePence neededPence gapPence indicativePence oneOffPence daysCosted }\n    }\n  }\n": typeof types.FundingPositionDocument,
    "\n  mutation ApproveJobDescription($input: ApproveJobDescriptionInput!) {\n    approveJobDescription(input: $input) { designPostId jdStatus }\n  }\n": typeof types.ApproveJobDescriptionDocument,
    "\n  mutation ApproveJobEvaluation($input: ApproveJobEvaluationInput!) {\n    approveJobEvaluation(input: $input) { designPostId evaluationStatus grade }\n  }\n": typeof types.ApproveJobEvaluationDocument,
    "\n  mutation DraftJobDescription($input: DraftJobDescriptionInput!) {\n    draftJobDescription(input: $input) { designPostId jdStatus }\n  }\n": typeof types.DraftJobDescriptionDocument,
    "\n  mutation RecordJobEvaluation($input: RecordJobEvaluationInput!) {\n    recordJobEvaluation(input: $input) { designPostId evaluationStatus }\n  }\n": typeof types.RecordJobEvaluationDocument,
    "\n  mutation RequestJobDescriptionChanges($input: RequestJobDescriptionChangesInput!) {\n    requestJobDescriptionChanges(input: $input) { designPostId jdStatus }\n  }\n": typeof types.RequestJobDescriptionChangesDocument,
    "\n  mutation SetGradeStructure($input: SetGradeStructureInput!) {\n    setGradeStructure(input: $input) { effectiveFrom }\n  }\n": typeof types.SetGradeStructureDocument,
    "\n  query GradeStructures($authorityId: ID!) {\n    gradeStructures(authorityId: $authorityId) { effectiveFrom grades { grade minScp maxScp } }\n  }\n": typeof types.GradeStructuresDocument,
    "\n  query PostGrading($programmeId: ID!) {\n    postGrading(programmeId: $programmeId) {\n      designPostId title designGrade fte jdStatus evaluationStatus grade canBeCostedAsFinal nextStep\n      jobDescription { version status purpose accountabilities essentialCriteria desirableCriteria changeNotes }\n      evaluation { jdVersion scheme score panelDate moderated grade minScp maxScp gradeStructureEffectiveFrom approved }\n    }\n  }\n": typeof types.PostGradingDocument,
    "\n  mutation AcceptRecruitmentPlan($input: AcceptRecruitmentPlanInput!) {\n    acceptRecruitmentPlan(input: $input) { programmeId status }\n  }\n": typeof types.AcceptRecruitmentPlanDocument,
    "\n  mutation DraftRecruitmentPlan($input: DraftRecruitmentPlanInput!) {\n    draftRecruitmentPlan(input: $input) { programmeId status }\n  }\n": typeof types.DraftRecruitmentPlanDocument,
    "\n  mutation HandOverRecruitmentPlan($input: HandOverRecruitmentPlanInput!) {\n    handOverRecruitmentPlan(input: $input) { programmeId status }\n  }\n": typeof types.HandOverRecruitmentPlanDocument,
    "\n  mutation RecordRecruitmentStageCompleted($input: RecordRecruitmentStageCompletedInput!) {\n    recordRecruitmentStageCompleted(input: $input) { programmeId status }\n  }\n": typeof types.RecordRecruitmentStageCompletedDocument,
    "\n  mutation RecordVacancyFilled($input: RecordVacancyFilledInput!) {\n    recordVacancyFilled(input: $input) { programmeId status }\n  }\n": typeof types.RecordVacancyFilledDocument,
    "\n  mutation ReplanRecruitmentStage($input: ReplanRecruitmentStageInput!) {\n    replanRecruitmentStage(input: $input) { programmeId status }\n  }\n": typeof types.ReplanRecruitmentStageDocument,
    "\n  mutation ReturnRecruitmentPlan($input: ReturnRecruitmentPlanInput!) {\n    returnRecruitmentPlan(input: $input) { programmeId status }\n  }\n": typeof types.ReturnRecruitmentPlanDocument,
    "\n  query RecruitmentPlan($programmeId: ID!) {\n    recruitmentPlan(programmeId: $programmeId) {\n      programmeId status handedOverOn acceptedOn canEdit canAnswer canRecordProgress\n      ism { userId displayName }\n      returns { reasons returnedOn }\n      gate { open reason }\n      vacancies {\n        vacancyId title grade fte owner status startDate\n        stages { stage label targetDate completedOn overdue replans { previousTargetDate targetDate reason } }\n      }\n      openVacancies { designPostId title grade fte }\n      interimServiceManagers { userId displayName }\n      history { type at by summary }\n    }\n  }\n": typeof types.RecruitmentPlanDocument,
    "\n  query PortalHandoverProgrammes($authorityId: ID) {\n    programmes(authorityId: $authorityId) { id name }\n  }\n": typeof types.PortalHandoverProgrammesDocument,
    "\n  mutation RecordPolicyPack($input: RecordPolicyPackInput!) {\n    recordPolicyPack(input: $input) { authorityId inForce { version effectiveFrom } versions { version } }\n  }\n": typeof types.RecordPolicyPackDocument,
    "\n  query CouncilPolicy($authorityId: ID!) {\n    authority(id: $authorityId) { id name }\n    councilPolicy(authorityId: $authorityId) {\n      authorityId\n      on\n      inForce {\n        origin version effectiveFrom label\n        pack {\n          slotInMinimumJobMatchPercent ringFenceGradesBelow ringFenceGradesAbove trialMaximumWeeks\n          payProtection { taper months steps { months percentOfDifference } }\n          discretionaryCompensation { actualWeeksPay multiplierPercent maximumWeeks }\n          notice { defaultWeeks byGrade { fromGrade toGrade weeks } }\n          incrementalDate\n        }\n      }\n      versions { version effectiveFrom reason }\n    }\n  }\n": typeof types.CouncilPolicyDocument,
    "\n  query PortalHome($authorityId: ID!) {\n    authority(id: $authorityId) {\n      id\n      name\n      directorates { id name }\n      services { id name directorateId }\n    }\n  }\n": typeof types.PortalHomeDocument,
    "\n  query PortalReturns($authorityId: ID!) {\n    programmes(authorityId: $authorityId) { id name }\n    posts(authorityId: $authorityId) { id serviceId }\n  }\n": typeof types.PortalReturnsDocument,
    "\n  query PortalProgrammeReturn($programmeId: ID!, $serviceId: ID!) {\n    activityTaxonomy(programmeId: $programmeId) { id retired }\n    activityShares(programmeId: $programmeId, serviceId: $serviceId) { postId }\n  }\n": typeof types.PortalProgrammeReturnDocument,
    "\n  query Programmes($authorityId: ID) {\n    programmes(authorityId: $authorityId) { id authorityId name objective stage stageDecision { summary on } startedOn }\n    authorities { id name }\n  }\n": typeof types.ProgrammesDocument,
    "\n  mutation EndTrialPeriod($input: EndTrialPeriodInput!) {\n    endTrialPeriod(input: $input) { postId outcome }\n  }\n": typeof types.EndTrialPeriodDocument,
    "\n  mutation GrantPayProtection($input: GrantPayProtectionInput!) {\n    grantPayProtection(input: $input) { postId outcome }\n  }\n": typeof types.GrantPayProtectionDocument,
    "\n  mutation MarkAtRisk($input: MarkAtRiskInput!) {\n    markAtRisk(input: $input) { postId outcome }\n  }\n": typeof types.MarkAtRiskDocument,
    "\n  mutation PlaceInRingFence($input: PlaceInRingFenceInput!) {\n    placeInRingFence(input: $input) { id name }\n  }\n": typeof types.PlaceInRingFenceDocument,
    "\n  mutation RecordRedeployment($input: RecordRedeploymentInput!) {\n    recordRedeployment(input: $input) { postId outcome }\n  }\n": typeof types.RecordRedeploymentDocument,
    "\n  mutation RecordSelectionOutcome($input: RecordSelectionOutcomeInput!) {\n    recordSelectionOutcome(input: $input) { postId outcome }\n  }\n": typeof types.RecordSelectionOutcomeDocument,
    "\n  mutation RecordSlotIn($input: RecordSlotInInput!) {\n    recordSlotIn(input: $input) { postId outcome }\n  }\n": typeof types.RecordSlotInDocument,
    "\n  mutation ReleaseVacancy($input: ReleaseVacancyInput!) {\n    releaseVacancy(input: $input) { postId outcome }\n  }\n": typeof types.ReleaseVacancyDocument,
    "\n  mutation StartTrialPeriod($input: StartTrialPeriodInput!) {\n    startTrialPeriod(input: $input) { postId outcome }\n  }\n": typeof types.StartTrialPeriodDocument,
    "\n  query TransitionMap($programmeId: ID!, $authorityId: ID!) {\n    transitionMap(programmeId: $programmeId) {\n      programmeId chosenOptionId\n      asIs {\n        postId reference title serviceId grade fte vacant inEstablishment outcome designPostId route poolId dealId\n        redeployment { toDescription priorityInterview }\n        trial { designPostId startDate endDate extendedByWrittenAgreement }\n        payProtection { protectedGrade startDate endDate }\n        history { type reason at by effectiveDate designPostId }\n      }\n      toBe { designPostId title grade fte filledFte unfilledFte sources { postId reference fte how } }\n      pools { id name postIds designPostIds }\n    }\n    posts(authorityId: $authorityId) { id serviceName postholderRef }\n    fteDeals(programmeId: $programmeId) { id serviceId serviceName status }\n  }\n": typeof types.TransitionMapDocument,
    "\n  query ProgrammeWorkspace {\n    programmes { id authorityId name stage stageDecision { summary on } startedOn }\n    authorities { id name services { id name } }\n  }\n": typeof types.ProgrammeWorkspaceDocument,
    "\n  query AwaitingMe {\n    awaitingMe { kind title programmeId entityId since }\n  }\n": typeof types.AwaitingMeDocument,
    "\n  mutation ApplyTemplate($input: ApplyTemplateInput!) {\n    applyTemplate(input: $input) { programmeId templateId activities tiers }\n  }\n": typeof types.ApplyTemplateDocument,
    "\n  mutation RetireTemplate($input: RetireTemplateInput!) {\n    retireTemplate(input: $input) { id name retired }\n  }\n": typeof types.RetireTemplateDocument,
    "\n  mutation SaveProgrammeAsTemplate($input: SaveProgrammeAsTemplateInput!) {\n    saveProgrammeAsTemplate(input: $input) { id name }\n  }\n": typeof types.SaveProgrammeAsTemplateDocument,
    "\n  query Templates {\n    templates {\n      id name description retired\n      taxonomy { key parentKey name contractManagement }\n      tierBands { tier minAnnualValuePence riskAtLeast }\n      capacityAssumptions { hoursPerContract { tier hours } productiveHoursPerFte }\n    }\n  }\n": typeof types.TemplatesDocument,
};
const documents: Documents = {
    "\n  mutation AddActivity($input: AddActivityInput!) {\n    addActivity(input: $input) { id }\n  }\n": types.AddActivityDocument,
    "\n  mutation RenameActivity($input: RenameActivityInput!) {\n    renameActivity(input: $input) { id }\n  }\n": types.RenameActivityDocument,
    "\n  mutation RetireActivity($input: RetireActivityInput!) {\n    retireActivity(input: $input) { id }\n  }\n": types.RetireActivityDocument,
    "\n  mutation SeedActivityTaxonomy($input: SeedActivityTaxonomyInput!) {\n    seedActivityTaxonomy(input: $input) { id }\n  }\n": types.SeedActivityTaxonomyDocument,
    "\n  mutation SubmitActivityReturn($input: SubmitActivityReturnInput!) {\n    submitActivityReturn(input: $input) { returnId posts }\n  }\n": types.SubmitActivityReturnDocument,
    "\n  query AnalysisProgrammes {\n    programmes { id authorityId name stage startedOn }\n    authorities { id name services { id name } }\n  }\n": types.AnalysisProgrammesDocument,
    "\n  query ReturnCoverage($authorityId: ID!, $programmeId: ID!) {\n    posts(authorityId: $authorityId) { id serviceId }\n    activityShares(programmeId: $programmeId) { postId serviceId }\n  }\n": types.ReturnCoverageDocument,
    "\n  query ActivityAnalysis($programmeId: ID!, $thresholdPercent: Int!) {\n    activityAnalysis(programmeId: $programmeId, thresholdPercent: $thresholdPercent) {\n      programmeId headline roundingRule thresholdPercent\n      totalFte totalCostPence postsAnalysed postsWithContractManagement substantivePosts fractionalPosts\n      byService { serviceId serviceName fte costPence posts substantivePosts }\n      byActivity { activityId name fte costPence }\n    }\n  }\n": types.ActivityAnalysisDocument,
    "\n  query ActivityTaxonomy($programmeId: ID!) {\n    activityTaxonomy(programmeId: $programmeId) { id name parentId retired contractManagement }\n  }\n": types.ActivityTaxonomyDocument,
    "\n  query ActivityReturnForm($authorityId: ID!, $programmeId: ID!, $serviceId: ID!) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) { id reference title fte }\n    activityTaxonomy(programmeId: $programmeId) { id name parentId retired contractManagement }\n    activityShares(programmeId: $programmeId, serviceId: $serviceId) { postId shares { activityId percent } }\n  }\n": types.ActivityReturnFormDocument,
    "\n  query AuditHome {\n    authorities { id name kind programmes { id name } }\n  }\n": types.AuditHomeDocument,
    "\n  query DecisionHistory($filter: DecisionHistoryFilter!, $first: Int, $offset: Int) {\n    decisionHistory(filter: $filter, first: $first, offset: $offset) {\n      authorityId total offset contexts eventTypes\n      actors { id name role }\n      items { eventId position context eventType sentence actorName actorRole occurredAt reason }\n    }\n  }\n": types.DecisionHistoryDocument,
    "\n  query DecisionRaw($filter: DecisionHistoryFilter!) {\n    decisionHistory(filter: $filter, first: 1) { items { eventId raw } }\n  }\n": types.DecisionRawDocument,
    "\n  query ProgrammeDiff($programmeId: ID!, $from: String!, $to: String!) {\n    programmeDiff(programmeId: $programmeId, from: $from, to: $to) {\n      from to\n      items { area change label before after causedBy { eventId sentence occurredAt actorName reason } }\n    }\n  }\n": types.ProgrammeDiffDocument,
    "\n  query AuditVerification($authorityId: ID!) {\n    auditVerification(authorityId: $authorityId) {\n      ok checkedAt events sealedUpTo unsealedEvents\n      streams { streamName events ok reason revision }\n      checkpoints { sequence sealedAt upTo streams events ok problems }\n      firstBroken { streamName revision eventId reason }\n    }\n  }\n": types.AuditVerificationDocument,
    "\n  query AuditPublicKey { auditPublicKey { algorithm keyId publicKeyPem } }\n": types.AuditPublicKeyDocument,
    "\n  query AuditAccessLog($first: Int, $offset: Int) {\n    auditAccessLog(first: $first, offset: $offset) { total items { id at userName role operation authorityId authorityName } }\n  }\n": types.AuditAccessLogDocument,
    "\n  mutation SealAuditCheckpoint($input: SealAuditCheckpointInput!) { sealAuditCheckpoint(input: $input) { sequence sealedAt upTo streams events } }\n": types.SealAuditCheckpointDocument,
    "\n  query AuditDeals($programmeId: ID!) {\n    fteDeals(programmeId: $programmeId) { id serviceName status fte lastActivityAt }\n  }\n": types.AuditDealsDocument,
    "\n  mutation AcceptInvitation($input: UseLinkInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: UseLinkInput!) {\n    resetPassword(input: $input) {\n      token\n      expiresAt\n      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }\n    }\n  }\n": types.SignInDocument,
    "\n  query Authorities {\n    authorities {\n      id\n      name\n      kind\n      directorateCount\n      serviceCount\n      programmes { id name stage }\n    }\n  }\n": types.AuthoritiesDocument,
    "\n  query Authority($id: ID!) {\n    authority(id: $id) {\n      id\n      name\n      kind\n      directorates { id name }\n      services { id name directorateId }\n      programmes { id name objective stage stageDecision { summary on } startedOn }\n    }\n  }\n": types.AuthorityDocument,
    "\n  mutation ChangeBenefitStatus($input: ChangeBenefitStatusInput!) {\n    changeBenefitStatus(input: $input) { id title status }\n  }\n": types.ChangeBenefitStatusDocument,
    "\n  mutation RecordBenefit($input: RecordBenefitInput!) {\n    recordBenefit(input: $input) { id title status }\n  }\n": types.RecordBenefitDocument,
    "\n  mutation UpdateBenefit($input: UpdateBenefitInput!) {\n    updateBenefit(input: $input) { id title status }\n  }\n": types.UpdateBenefitDocument,
    "\n  query BenefitsRegister($programmeId: ID!) {\n    benefits(programmeId: $programmeId) {\n      programmeId\n      benefits { id programmeId title cashable annualAmountPence owner baseline targetDate status statusNote }\n      totals { cashablePence nonCashablePence byStatus { status annualAmountPence } }\n    }\n  }\n": types.BenefitsRegisterDocument,
    "\n  mutation SetBusinessCaseAssumptions($input: SetBusinessCaseAssumptionsInput!) {\n    setBusinessCaseAssumptions(input: $input) { programmeId assumptions { decided reason } }\n  }\n": types.SetBusinessCaseAssumptionsDocument,
    "\n  query BusinessCase($programmeId: ID!) {\n    businessCase(programmeId: $programmeId) {\n      programmeId\n      assumptions { firstYear horizonYears vacancyFactorBp increments decided reason payAwards { financialYear rateBp } }\n      options {\n        optionId optionName chosen paybackYear\n        totals { payPence nonPayPence incrementsPence payAwardPence vacancySavingPence recurringPence oneOffPence fundingPence netPence }\n        years {\n          financialYear payPence nonPayPence incrementsPence payAwardPence vacancySavingPence recurringPence oneOffPence fundingPence netPence cumulativeNetPence\n          payAward { kind rateBp description source }\n        }\n      }\n    }\n  }\n": types.BusinessCaseDocument,
    "\n  mutation SetCapacityAssumptions($input: SetCapacityAssumptionsInput!) {\n    setCapacityAssumptions(input: $input) {\n      programmeId hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule\n      tiers { tier contracts hoursPerContract hours fte }\n      assumptions { hoursPerContract { tier hours } productiveHoursPerFte isDefault fromTemplateId }\n    }\n  }\n": types.SetCapacityAssumptionsDocument,
    "\n  query CapacityModel($programmeId: ID!) {\n    capacityModel(programmeId: $programmeId) {\n      programmeId hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule\n      tiers { tier contracts hoursPerContract hours fte }\n      assumptions { hoursPerContract { tier hours } productiveHoursPerFte isDefault fromTemplateId }\n    }\n  }\n": types.CapacityModelDocument,
    "\n  mutation DraftConsultationPlan($input: DraftConsultationPlanInput!) {\n    draftConsultationPlan(input: $input) { planId status revision }\n  }\n": types.DraftConsultationPlanDocument,
    "\n  mutation LaunchConsultation($input: LaunchConsultationInput!) {\n    launchConsultation(input: $input) { planId status revision }\n  }\n": types.LaunchConsultationDocument,
    "\n  mutation LogTradeUnionEngagement($input: LogTradeUnionEngagementInput!) {\n    logTradeUnionEngagement(input: $input) { planId status revision }\n  }\n": types.LogTradeUnionEngagementDocument,
    "\n  mutation PlanConsultationDates($input: PlanConsultationDatesInput!) {\n    planConsultationDates(input: $input) { planId status revision }\n  }\n": types.PlanConsultationDatesDocument,
    "\n  mutation RecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) { planId status revision }\n  }\n": types.RecordDisclosureDocument,
    "\n  mutation RecordEqualityImpactAssessment($input: RecordEqualityImpactAssessmentInput!) {\n    recordEqualityImpactAssessment(input: $input) { planId status revision }\n  }\n": types.RecordEqualityImpactAssessmentDocument,
    "\n  mutation RecordIndividualAppeal($input: RecordIndividualAppealInput!) {\n    recordIndividualAppeal(input: $input) { planId status revision }\n  }\n": types.RecordIndividualAppealDocument,
    "\n  mutation RecordIndividualMeeting($input: RecordIndividualMeetingInput!) {\n    recordIndividualMeeting(input: $input) { planId status revision }\n  }\n": types.RecordIndividualMeetingDocument,
    "\n  mutation RecordIndividualOutcome($input: RecordIndividualOutcomeInput!) {\n    recordIndividualOutcome(input: $input) { planId status revision }\n  }\n": types.RecordIndividualOutcomeDocument,
    "\n  mutation RecordProtectedCharacteristics($input: RecordProtectedCharacteristicsInput!) {\n    recordProtectedCharacteristics(input: $input) { planId status revision }\n  }\n": types.RecordProtectedCharacteristicsDocument,
    "\n  mutation RecordContinuousService($input: RecordContinuousServiceInput!) {\n    recordContinuousService(input: $input) { planId status revision }\n  }\n": types.RecordContinuousServiceDocument,
    "\n  mutation ElectEmployeeRepresentatives($input: ElectEmployeeRepresentativesInput!) {\n    electEmployeeRepresentatives(input: $input) { planId status revision }\n  }\n": types.ElectEmployeeRepresentativesDocument,
    "\n  mutation ReviseConsultationPlan($input: ReviseConsultationPlanInput!) {\n    reviseConsultationPlan(input: $input) { planId status revision }\n  }\n": types.ReviseConsultationPlanDocument,
    "\n  query ConsultationPlans($programmeId: ID!) {\n    consultationPlans(programmeId: $programmeId) {\n      planId title establishment proposedDismissals status draftedOn launchedOn\n      figures { collectiveRequired minimumDays }\n      dismissals { counted }\n      warnings { code }\n    }\n  }\n": types.ConsultationPlansDocument,
    "\n  query ConsultationPlan($planId: ID!) {\n    consultationPlan(planId: $planId) {\n      planId programmeId title establishment proposedDismissals recognisedUnions status draftedOn launchedOn launchRuleIds revision\n      dates { staffBriefing consultationStart consultationClose responseToFeedback finalStructurePublished selectionStart selectionEnd noticesIssued appealsClose firstDismissal goLive hr1SentOn }\n      figures {\n        ruleDate collectiveRequired minimumDays collectiveRuleId collectiveRule collectiveSource\n        hr1Required hr1LeadDays hr1Deadline hr1OnlineFormOnly hr1RuleId hr1Rule hr1Source earliestFirstDismissal latestConsultationStart\n      }\n      warnings { code message rule source dates }\n      gate { open reason }\n      disclosures { item label given givenOn documentRef unions }\n      tradeUnionLog { entryId date kind unions summary }\n      individuals {\n        postId postReference person atRisk placement outcome outcomeDecidedOn proposedForDismissal\n        service { serviceStart contractualNoticeWeeks statutoryNoticeWeeks }\n        meetings { meetingId date kind note }\n        appeal { lodgedOn result decidedOn }\n      }\n      timeline { from to bars { key label start end } constraints { key label date rule source } }\n      exposure { applies breached ruleId rule source toBeConfirmed ruleDate maximumDays basis totalPence people { postId person annualPayPence maximumPence } }\n      equality { assessment { documentRef assessedOn findings } stages stageTotals suppressBelow rows { characteristic category counts } }\n      dismissals { recorded derived changedTerms counted differs rule source aggregated { planId title dismissals } people { postId person reasons } }\n      election { electedOn termEndsOn source representatives { postId person represents } }\n    }\n  }\n": types.ConsultationPlanDocument,
    "\n  mutation AddTargetContract($input: AddTargetContractInput!) {\n    addTargetContract(input: $input) { id reference tier }\n  }\n": types.AddTargetContractDocument,
    "\n  mutation ImportTargetContracts($input: ImportTargetContractsInput!) {\n    importTargetContracts(input: $input) { importId fileName rowCount created updated unchanged }\n  }\n": types.ImportTargetContractsDocument,
    "\n  mutation RemoveTargetContract($input: RemoveTargetContractInput!) {\n    removeTargetContract(input: $input)\n  }\n": types.RemoveTargetContractDocument,
    "\n  mutation SetTierRules($input: SetTierRulesInput!) {\n    setTierRules(input: $input) { programmeId isDefault bands { tier minAnnualValuePence riskAtLeast } }\n  }\n": types.SetTierRulesDocument,
    "\n  mutation UpdateTargetContract($input: UpdateTargetContractInput!) {\n    updateTargetContract(input: $input) { id reference tier revision }\n  }\n": types.UpdateTargetContractDocument,
    "\n  mutation RecordContractNoticeTrigger($input: RecordContractNoticeTriggerInput!) {\n    recordContractNoticeTrigger(input: $input) { id }\n  }\n": types.RecordContractNoticeTriggerDocument,
    "\n  mutation RecordContractNoticePublished($input: RecordContractNoticePublishedInput!) {\n    recordContractNoticePublished(input: $input) { id }\n  }\n": types.RecordContractNoticePublishedDocument,
    "\n  query TargetContracts($programmeId: ID!) {\n    targetContracts(programmeId: $programmeId) {\n      id programmeId reference title supplier serviceId serviceName annualValuePence wholeLifeValuePence\n      startDate endDate risk vfmConcern vfmNote contractManagerPostId contractManagerPostReference kpisSet exempt\n      procurementStartedOn regime\n      tier revision\n      procurementActDuties {\n        applies regime reason ruleVersion\n        kpis { required minimum set met }\n        performanceNotices { dueDate kind overdue }\n      }\n      notices { kind name source dueDate because triggerId state publishedOn reference }\n      noticeTriggers { triggerId kind occurredOn description }\n    }\n  }\n": types.TargetContractsDocument,
    "\n  query TierRules($programmeId: ID!) {\n    tierRules(programmeId: $programmeId) {\n      programmeId isDefault fromTemplateId\n      bands { tier minAnnualValuePence riskAtLeast }\n    }\n  }\n": types.TierRulesDocument,
    "\n  query ContractManagerPosts($authorityId: ID!) {\n    posts(authorityId: $authorityId) { id reference title serviceName }\n  }\n": types.ContractManagerPostsDocument,
    "\n  mutation RecordExitCostInputs($input: RecordExitCostInputsInput!) {\n    recordExitCostInputs(input: $input) { postId }\n  }\n": types.RecordExitCostInputsDocument,
    "\n  mutation SetBudgetNonPayLines($input: SetBudgetNonPayLinesInput!) {\n    setBudgetNonPayLines(input: $input) { programmeId nonPayTotalPence }\n  }\n": types.SetBudgetNonPayLinesDocument,
    "\n  mutation SignOffBudget($input: SignOffBudgetInput!) {\n    signOffBudget(input: $input) { programmeId signOffs { signedOn current } }\n  }\n": types.SignOffBudgetDocument,
    "\n  query OptionCost($programmeId: ID!, $financialYear: String!, $policy: ScpPolicy!) {\n    optionCost(programmeId: $programmeId, financialYear: $financialYear, policy: $policy) {\n      optionId optionName financialYear policy provisionalPosts tableIds\n      totals { salaryPence niPence lgpsPence levyPence allowancesPence totalPence }\n      posts {\n        designPostId title fte grade minScp maxScp final\n        salaryPence niPence lgpsPence levyPence allowancesPence totalPence\n        basis { scpUsed annualPayPence payTableId niTableId levyTableId unconfirmedTableIds lgpsRate { rateBp effectiveFrom source } }\n      }\n    }\n  }\n": types.OptionCostDocument,
    "\n  query FunctionBudget($programmeId: ID!, $financialYear: String!) {\n    functionBudget(programmeId: $programmeId, financialYear: $financialYear) {\n      programmeId financialYear nonPayTotalPence totalPence annualTotalPence fundingPence gapPence neededFte agreedFte gapFte\n      notGradedPence oneOffTotalPence\n      partYear { goLiveDate daysInYear daysCosted }\n      oneOffCosts { kind label pence date }\n      pay { optionName provisionalPosts tableIds totals { totalPence } notGraded { designPostId title fte annualPence pence } }\n      nonPayLines { label pencePerYear }\n      signOffs { signedOn note totalPence fundingPence gapPence tableIds lgpsRateBp current }\n    }\n  }\n": types.FunctionBudgetDocument,
    "\n  query ExitCosts($programmeId: ID!) {\n    exitCosts(programmeId: $programmeId) {\n      postId reference title outcome\n      inputs { age completeYearsService weeklyPayPence pensionMember yearsMembership lgpsStrainEstimatePence dismissalDate }\n      statutoryRedundancyPay { pence halfWeeks yearsCounted weeklyPayUsedPence capTableId eligible reason }\n      lgpsStrain { applies estimatePence note }\n    }\n  }\n": types.ExitCostsDocument,
    "\n  query FteDeals($programmeId: ID!) {\n    fteDeals(programmeId: $programmeId) {\n      id programmeId serviceId serviceName status fte agreedFte offerFte awaiting rounds version lastActivityAt\n      budget { financialYear pence }\n    }\n  }\n": types.FteDealsDocument,
    "\n  query FteDeal($id: ID!) {\n    fteDeal(id: $id) {\n      id programmeId serviceId serviceName status fte agreedFte offerFte awaiting rounds version lastActivityAt\n      terms {\n        fte budgetTotalPence effectiveDate linkedChange rationale\n        sourcePosts { postId reference title fte postFte }\n        budget { financialYear pence }\n      }\n      offerTerms {\n        fte budgetTotalPence effectiveDate linkedChange rationale\n        sourcePosts { postId reference title fte postFte }\n        budget { financialYear pence }\n      }\n      history { side action sentence actorName actorRole reason at onBehalfOfService fte budgetTotal }\n      notes { text authorName at }\n    }\n  }\n": types.FteDealDocument,
    "\n  query DealServicePosts($authorityId: ID!, $serviceId: ID!) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) { id reference title fte vacant }\n  }\n": types.DealServicePostsDocument,
    "\n  mutation AddDealNote($input: AddDealNoteInput!) {\n    addDealNote(input: $input) { id notes { text authorName at } }\n  }\n": types.AddDealNoteDocument,
    "\n  mutation AgreeFteDealAmendment($input: DealStepInput!) {\n    agreeFteDealAmendment(input: $input) { id status version }\n  }\n": types.AgreeFteDealAmendmentDocument,
    "\n  mutation AgreeFteDeal($input: DealStepInput!) {\n    agreeFteDeal(input: $input) { id status version }\n  }\n": types.AgreeFteDealDocument,
    "\n  mutation CounterFteDealAmendment($input: DealOfferInput!) {\n    counterFteDealAmendment(input: $input) { id status version }\n  }\n": types.CounterFteDealAmendmentDocument,
    "\n  mutation CounterFteDeal($input: DealOfferInput!) {\n    counterFteDeal(input: $input) { id status version }\n  }\n": types.CounterFteDealDocument,
    "\n  mutation ProposeFteDealAmendment($input: DealOfferInput!) {\n    proposeFteDealAmendment(input: $input) { id status version }\n  }\n": types.ProposeFteDealAmendmentDocument,
    "\n  mutation ProposeFteDeal($input: ProposeFteDealInput!) {\n    proposeFteDeal(input: $input) { id status version }\n  }\n": types.ProposeFteDealDocument,
    "\n  mutation RejectFteDealAmendment($input: DealStepInput!) {\n    rejectFteDealAmendment(input: $input) { id status version }\n  }\n": types.RejectFteDealAmendmentDocument,
    "\n  mutation RejectFteDeal($input: DealStepInput!) {\n    rejectFteDeal(input: $input) { id status version }\n  }\n": types.RejectFteDealDocument,
    "\n  mutation WithdrawFteDeal($input: DealStepInput!) {\n    withdrawFteDeal(input: $input) { id status version }\n  }\n": types.WithdrawFteDealDocument,
    "\n  mutation DraftContractManagementDefinition($input: DraftContractManagementDefinitionInput!) {\n    draftContractManagementDefinition(input: $input) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n": types.DraftContractManagementDefinitionDocument,
    "\n  mutation RecordDefinitionAgreement($input: RecordDefinitionAgreementInput!) {\n    recordDefinitionAgreement(input: $input) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n": types.RecordDefinitionAgreementDocument,
    "\n  query ContractManagementDefinition($programmeId: ID!) {\n    contractManagementDefinition(programmeId: $programmeId) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n": types.ContractManagementDefinitionDocument,
    "\n  mutation DischargeCondition($input: DischargeConditionInput!) {\n    dischargeCondition(input: $input) { programmeId gate { open reason } }\n  }\n": types.DischargeConditionDocument,
    "\n  mutation RecordDesignAuthorityDecision($input: RecordDesignAuthorityDecisionInput!) {\n    recordDesignAuthorityDecision(input: $input) { programmeId gate { open reason } }\n  }\n": types.RecordDesignAuthorityDecisionDocument,
    "\n  mutation SubmitToDesignAuthority($input: SubmitToDesignAuthorityInput!) {\n    submitToDesignAuthority(input: $input) { programmeId submissions { submissionId } }\n  }\n": types.SubmitToDesignAuthorityDocument,
    "\n  query DesignAuthority($programmeId: ID!) {\n    designAuthority(programmeId: $programmeId) {\n      programmeId\n      gate { open reason submissionId decision openBlockingConditions { conditionId text owner dueDate } }\n      submissions {\n        submissionId submittedOn status supersededBy\n        decision { decision meetingDate asksFor reasons }\n        conditions { conditionId text owner dueDate blocking discharged dischargedOn evidence }\n        snapshot {\n          optionId optionName totalCostPence costingBasis agreedFte neededFte gapFte consultationOutline\n          financialYear goLiveDate notGradedPence oneOffPence\n          nonPay { label pence }\n          oneOffCosts { kind label pence }\n          financeSignOff { signedOff signedOn current }\n          posts { designPostId title grade fte pence costedInFull }\n          fundingByYear { financialYear agreedPence pipelinePence neededPence gapPence }\n          deals { dealId serviceName status fte }\n          grading { designPostId jd evaluation grade }\n        }\n      }\n    }\n  }\n": types.DesignAuthorityDocument,
    "\n  mutation AddDesignPost($input: AddDesignPostInput!) {\n    addDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": types.AddDesignPostDocument,
    "\n  mutation ChooseDesignOption($input: ChooseDesignOptionInput!) {\n    chooseDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": types.ChooseDesignOptionDocument,
    "\n  mutation DraftDesignOption($input: DraftDesignOptionInput!) {\n    draftDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": types.DraftDesignOptionDocument,
    "\n  mutation RemoveDesignPost($input: RemoveDesignPostInput!) {\n    removeDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": types.RemoveDesignPostDocument,
    "\n  mutation RenameDesignOption($input: RenameDesignOptionInput!) {\n    renameDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": types.RenameDesignOptionDocument,
    "\n  mutation ReviseDesignPost($input: ReviseDesignPostInput!) {\n    reviseDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": types.ReviseDesignPostDocument,
    "\n  mutation SetFunctionGoLiveDate($input: SetFunctionGoLiveDateInput!) {\n    setFunctionGoLiveDate(input: $input) { programmeId goLiveDate revision }\n  }\n": types.SetFunctionGoLiveDateDocument,
    "\n  query FunctionDesign($programmeId: ID!) {\n    functionDesign(programmeId: $programmeId) {\n      programmeId chosenOptionId chosenReason revision goLiveDate\n      options {\n        id name description chosen layers\n        checks { rule message designPostId }\n        totals { posts fte indicativeCostPence }\n        orgChart { designPostId title grade fte layer reportsTo directReports }\n        posts { id title grade fte reportsTo responsibilities jdReference indicativeCostPence apprenticeship holderAgeBand allowances { type pencePerYear } }\n      }\n    }\n  }\n": types.FunctionDesignDocument,
    "\n  query CompareDesignOptions($programmeId: ID!) {\n    compareDesignOptions(programmeId: $programmeId) {\n      optionId name chosen posts fte indicativeCostPence checks financialYear fullCostPence notGradedPence notGradedPosts costingProblem\n    }\n  }\n": types.CompareDesignOptionsDocument,
    "\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) { id reference }\n  }\n": types.AddPostDocument,
    "\n  mutation ImportPosts($input: ImportSheetInput!) {\n    importPosts(input: $input) { importId fileName rowCount created updated unchanged }\n  }\n": types.ImportPostsDocument,
    "\n  mutation RemovePost($input: RemovePostInput!) {\n    removePost(input: $input)\n  }\n": types.RemovePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) { id reference }\n  }\n": types.UpdatePostDocument,
    "\n  query EstablishmentAuthorities {\n    authorities { id name kind serviceCount }\n  }\n": types.EstablishmentAuthoritiesDocument,
    "\n  query EstablishmentAuthority($id: ID!) {\n    authority(id: $id) { id name services { id name } }\n    tenantSettings { allowPostholderNames }\n  }\n": types.EstablishmentAuthorityDocument,
    "\n  query Posts($authorityId: ID!, $serviceId: ID) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) {\n      id reference serviceId serviceName title grade scp fte postholderRef vacant budgetedAnnualCostPence\n    }\n  }\n": types.PostsDocument,
    "\n  query FundingPosition($programmeId: ID!) {\n    fundingPosition(programmeId: $programmeId) {\n      programmeId agreedFte pipelineFte neededFte gapFte needSource goLiveDate\n      byYear { financialYear agreedPence pipelinePence neededPence gapPence indicativePence oneOffPence daysCosted }\n    }\n  }\n": types.FundingPositionDocument,
    "\n  mutation ApproveJobDescription($input: ApproveJobDescriptionInput!) {\n    approveJobDescription(input: $input) { designPostId jdStatus }\n  }\n": types.ApproveJobDescriptionDocument,
    "\n  mutation ApproveJobEvaluation($input: ApproveJobEvaluationInput!) {\n    approveJobEvaluation(input: $input) { designPostId evaluationStatus grade }\n  }\n": types.ApproveJobEvaluationDocument,
    "\n  mutation DraftJobDescription($input: DraftJobDescriptionInput!) {\n    draftJobDescription(input: $input) { designPostId jdStatus }\n  }\n": types.DraftJobDescriptionDocument,
    "\n  mutation RecordJobEvaluation($input: RecordJobEvaluationInput!) {\n    recordJobEvaluation(input: $input) { designPostId evaluationStatus }\n  }\n": types.RecordJobEvaluationDocument,
    "\n  mutation RequestJobDescriptionChanges($input: RequestJobDescriptionChangesInput!) {\n    requestJobDescriptionChanges(input: $input) { designPostId jdStatus }\n  }\n": types.RequestJobDescriptionChangesDocument,
    "\n  mutation SetGradeStructure($input: SetGradeStructureInput!) {\n    setGradeStructure(input: $input) { effectiveFrom }\n  }\n": types.SetGradeStructureDocument,
    "\n  query GradeStructures($authorityId: ID!) {\n    gradeStructures(authorityId: $authorityId) { effectiveFrom grades { grade minScp maxScp } }\n  }\n": types.GradeStructuresDocument,
    "\n  query PostGrading($programmeId: ID!) {\n    postGrading(programmeId: $programmeId) {\n      designPostId title designGrade fte jdStatus evaluationStatus grade canBeCostedAsFinal nextStep\n      jobDescription { version status purpose accountabilities essentialCriteria desirableCriteria changeNotes }\n      evaluation { jdVersion scheme score panelDate moderated grade minScp maxScp gradeStructureEffectiveFrom approved }\n    }\n  }\n": types.PostGradingDocument,
    "\n  mutation AcceptRecruitmentPlan($input: AcceptRecruitmentPlanInput!) {\n    acceptRecruitmentPlan(input: $input) { programmeId status }\n  }\n": types.AcceptRecruitmentPlanDocument,
    "\n  mutation DraftRecruitmentPlan($input: DraftRecruitmentPlanInput!) {\n    draftRecruitmentPlan(input: $input) { programmeId status }\n  }\n": types.DraftRecruitmentPlanDocument,
    "\n  mutation HandOverRecruitmentPlan($input: HandOverRecruitmentPlanInput!) {\n    handOverRecruitmentPlan(input: $input) { programmeId status }\n  }\n": types.HandOverRecruitmentPlanDocument,
    "\n  mutation RecordRecruitmentStageCompleted($input: RecordRecruitmentStageCompletedInput!) {\n    recordRecruitmentStageCompleted(input: $input) { programmeId status }\n  }\n": types.RecordRecruitmentStageCompletedDocument,
    "\n  mutation RecordVacancyFilled($input: RecordVacancyFilledInput!) {\n    recordVacancyFilled(input: $input) { programmeId status }\n  }\n": types.RecordVacancyFilledDocument,
    "\n  mutation ReplanRecruitmentStage($input: ReplanRecruitmentStageInput!) {\n    replanRecruitmentStage(input: $input) { programmeId status }\n  }\n": types.ReplanRecruitmentStageDocument,
    "\n  mutation ReturnRecruitmentPlan($input: ReturnRecruitmentPlanInput!) {\n    returnRecruitmentPlan(input: $input) { programmeId status }\n  }\n": types.ReturnRecruitmentPlanDocument,
    "\n  query RecruitmentPlan($programmeId: ID!) {\n    recruitmentPlan(programmeId: $programmeId) {\n      programmeId status handedOverOn acceptedOn canEdit canAnswer canRecordProgress\n      ism { userId displayName }\n      returns { reasons returnedOn }\n      gate { open reason }\n      vacancies {\n        vacancyId title grade fte owner status startDate\n        stages { stage label targetDate completedOn overdue replans { previousTargetDate targetDate reason } }\n      }\n      openVacancies { designPostId title grade fte }\n      interimServiceManagers { userId displayName }\n      history { type at by summary }\n    }\n  }\n": types.RecruitmentPlanDocument,
    "\n  query PortalHandoverProgrammes($authorityId: ID) {\n    programmes(authorityId: $authorityId) { id name }\n  }\n": types.PortalHandoverProgrammesDocument,
    "\n  mutation RecordPolicyPack($input: RecordPolicyPackInput!) {\n    recordPolicyPack(input: $input) { authorityId inForce { version effectiveFrom } versions { version } }\n  }\n": types.RecordPolicyPackDocument,
    "\n  query CouncilPolicy($authorityId: ID!) {\n    authority(id: $authorityId) { id name }\n    councilPolicy(authorityId: $authorityId) {\n      authorityId\n      on\n      inForce {\n        origin version effectiveFrom label\n        pack {\n          slotInMinimumJobMatchPercent ringFenceGradesBelow ringFenceGradesAbove trialMaximumWeeks\n          payProtection { taper months steps { months percentOfDifference } }\n          discretionaryCompensation { actualWeeksPay multiplierPercent maximumWeeks }\n          notice { defaultWeeks byGrade { fromGrade toGrade weeks } }\n          incrementalDate\n        }\n      }\n      versions { version effectiveFrom reason }\n    }\n  }\n": types.CouncilPolicyDocument,
    "\n  query PortalHome($authorityId: ID!) {\n    authority(id: $authorityId) {\n      id\n      name\n      directorates { id name }\n      services { id name directorateId }\n    }\n  }\n": types.PortalHomeDocument,
    "\n  query PortalReturns($authorityId: ID!) {\n    programmes(authorityId: $authorityId) { id name }\n    posts(authorityId: $authorityId) { id serviceId }\n  }\n": types.PortalReturnsDocument,
    "\n  query PortalProgrammeReturn($programmeId: ID!, $serviceId: ID!) {\n    activityTaxonomy(programmeId: $programmeId) { id retired }\n    activityShares(programmeId: $programmeId, serviceId: $serviceId) { postId }\n  }\n": types.PortalProgrammeReturnDocument,
    "\n  query Programmes($authorityId: ID) {\n    programmes(authorityId: $authorityId) { id authorityId name objective stage stageDecision { summary on } startedOn }\n    authorities { id name }\n  }\n": types.ProgrammesDocument,
    "\n  mutation EndTrialPeriod($input: EndTrialPeriodInput!) {\n    endTrialPeriod(input: $input) { postId outcome }\n  }\n": types.EndTrialPeriodDocument,
    "\n  mutation GrantPayProtection($input: GrantPayProtectionInput!) {\n    grantPayProtection(input: $input) { postId outcome }\n  }\n": types.GrantPayProtectionDocument,
    "\n  mutation MarkAtRisk($input: MarkAtRiskInput!) {\n    markAtRisk(input: $input) { postId outcome }\n  }\n": types.MarkAtRiskDocument,
    "\n  mutation PlaceInRingFence($input: PlaceInRingFenceInput!) {\n    placeInRingFence(input: $input) { id name }\n  }\n": types.PlaceInRingFenceDocument,
    "\n  mutation RecordRedeployment($input: RecordRedeploymentInput!) {\n    recordRedeployment(input: $input) { postId outcome }\n  }\n": types.RecordRedeploymentDocument,
    "\n  mutation RecordSelectionOutcome($input: RecordSelectionOutcomeInput!) {\n    recordSelectionOutcome(input: $input) { postId outcome }\n  }\n": types.RecordSelectionOutcomeDocument,
    "\n  mutation RecordSlotIn($input: RecordSlotInInput!) {\n    recordSlotIn(input: $input) { postId outcome }\n  }\n": types.RecordSlotInDocument,
    "\n  mutation ReleaseVacancy($input: ReleaseVacancyInput!) {\n    releaseVacancy(input: $input) { postId outcome }\n  }\n": types.ReleaseVacancyDocument,
    "\n  mutation StartTrialPeriod($input: StartTrialPeriodInput!) {\n    startTrialPeriod(input: $input) { postId outcome }\n  }\n": types.StartTrialPeriodDocument,
    "\n  query TransitionMap($programmeId: ID!, $authorityId: ID!) {\n    transitionMap(programmeId: $programmeId) {\n      programmeId chosenOptionId\n      asIs {\n        postId reference title serviceId grade fte vacant inEstablishment outcome designPostId route poolId dealId\n        redeployment { toDescription priorityInterview }\n        trial { designPostId startDate endDate extendedByWrittenAgreement }\n        payProtection { protectedGrade startDate endDate }\n        history { type reason at by effectiveDate designPostId }\n      }\n      toBe { designPostId title grade fte filledFte unfilledFte sources { postId reference fte how } }\n      pools { id name postIds designPostIds }\n    }\n    posts(authorityId: $authorityId) { id serviceName postholderRef }\n    fteDeals(programmeId: $programmeId) { id serviceId serviceName status }\n  }\n": types.TransitionMapDocument,
    "\n  query ProgrammeWorkspace {\n    programmes { id authorityId name stage stageDecision { summary on } startedOn }\n    authorities { id name services { id name } }\n  }\n": types.ProgrammeWorkspaceDocument,
    "\n  query AwaitingMe {\n    awaitingMe { kind title programmeId entityId since }\n  }\n": types.AwaitingMeDocument,
    "\n  mutation ApplyTemplate($input: ApplyTemplateInput!) {\n    applyTemplate(input: $input) { programmeId templateId activities tiers }\n  }\n": types.ApplyTemplateDocument,
    "\n  mutation RetireTemplate($input: RetireTemplateInput!) {\n    retireTemplate(input: $input) { id name retired }\n  }\n": types.RetireTemplateDocument,
    "\n  mutation SaveProgrammeAsTemplate($input: SaveProgrammeAsTemplateInput!) {\n    saveProgrammeAsTemplate(input: $input) { id name }\n  }\n": types.SaveProgrammeAsTemplateDocument,
    "\n  query Templates {\n    templates {\n      id name description retired\n      taxonomy { key parentKey name contractManagement }\n      tierBands { tier minAnnualValuePence riskAtLeast }\n      capacityAssumptions { hoursPerContract { tier hours } productiveHoursPerFte }\n    }\n  }\n": types.TemplatesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActivity($input: AddActivityInput!) {\n    addActivity(input: $input) { id }\n  }\n"): typeof import('./graphql').AddActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameActivity($input: RenameActivityInput!) {\n    renameActivity(input: $input) { id }\n  }\n"): typeof import('./graphql').RenameActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireActivity($input: RetireActivityInput!) {\n    retireActivity(input: $input) { id }\n  }\n"): typeof import('./graphql').RetireActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedActivityTaxonomy($input: SeedActivityTaxonomyInput!) {\n    seedActivityTaxonomy(input: $input) { id }\n  }\n"): typeof import('./graphql').SeedActivityTaxonomyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitActivityReturn($input: SubmitActivityReturnInput!) {\n    submitActivityReturn(input: $input) { returnId posts }\n  }\n"): typeof import('./graphql').SubmitActivityReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalysisProgrammes {\n    programmes { id authorityId name stage startedOn }\n    authorities { id name services { id name } }\n  }\n"): typeof import('./graphql').AnalysisProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnCoverage($authorityId: ID!, $programmeId: ID!) {\n    posts(authorityId: $authorityId) { id serviceId }\n    activityShares(programmeId: $programmeId) { postId serviceId }\n  }\n"): typeof import('./graphql').ReturnCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityAnalysis($programmeId: ID!, $thresholdPercent: Int!) {\n    activityAnalysis(programmeId: $programmeId, thresholdPercent: $thresholdPercent) {\n      programmeId headline roundingRule thresholdPercent\n      totalFte totalCostPence postsAnalysed postsWithContractManagement substantivePosts fractionalPosts\n      byService { serviceId serviceName fte costPence posts substantivePosts }\n      byActivity { activityId name fte costPence }\n    }\n  }\n"): typeof import('./graphql').ActivityAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityTaxonomy($programmeId: ID!) {\n    activityTaxonomy(programmeId: $programmeId) { id name parentId retired contractManagement }\n  }\n"): typeof import('./graphql').ActivityTaxonomyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityReturnForm($authorityId: ID!, $programmeId: ID!, $serviceId: ID!) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) { id reference title fte }\n    activityTaxonomy(programmeId: $programmeId) { id name parentId retired contractManagement }\n    activityShares(programmeId: $programmeId, serviceId: $serviceId) { postId shares { activityId percent } }\n  }\n"): typeof import('./graphql').ActivityReturnFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditHome {\n    authorities { id name kind programmes { id name } }\n  }\n"): typeof import('./graphql').AuditHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionHistory($filter: DecisionHistoryFilter!, $first: Int, $offset: Int) {\n    decisionHistory(filter: $filter, first: $first, offset: $offset) {\n      authorityId total offset contexts eventTypes\n      actors { id name role }\n      items { eventId position context eventType sentence actorName actorRole occurredAt reason }\n    }\n  }\n"): typeof import('./graphql').DecisionHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionRaw($filter: DecisionHistoryFilter!) {\n    decisionHistory(filter: $filter, first: 1) { items { eventId raw } }\n  }\n"): typeof import('./graphql').DecisionRawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeDiff($programmeId: ID!, $from: String!, $to: String!) {\n    programmeDiff(programmeId: $programmeId, from: $from, to: $to) {\n      from to\n      items { area change label before after causedBy { eventId sentence occurredAt actorName reason } }\n    }\n  }\n"): typeof import('./graphql').ProgrammeDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditVerification($authorityId: ID!) {\n    auditVerification(authorityId: $authorityId) {\n      ok checkedAt events sealedUpTo unsealedEvents\n      streams { streamName events ok reason revision }\n      checkpoints { sequence sealedAt upTo streams events ok problems }\n      firstBroken { streamName revision eventId reason }\n    }\n  }\n"): typeof import('./graphql').AuditVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPublicKey { auditPublicKey { algorithm keyId publicKeyPem } }\n"): typeof import('./graphql').AuditPublicKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAccessLog($first: Int, $offset: Int) {\n    auditAccessLog(first: $first, offset: $offset) { total items { id at userName role operation authorityId authorityName } }\n  }\n"): typeof import('./graphql').AuditAccessLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SealAuditCheckpoint($input: SealAuditCheckpointInput!) { sealAuditCheckpoint(input: $input) { sequence sealedAt upTo streams events } }\n"): typeof import('./graphql').SealAuditCheckpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditDeals($programmeId: ID!) {\n    fteDeals(programmeId: $programmeId) { id serviceName status fte lastActivityAt }\n  }\n"): typeof import('./graphql').AuditDealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: UseLinkInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: UseLinkInput!) {\n    resetPassword(input: $input) {\n      token\n      expiresAt\n      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Authorities {\n    authorities {\n      id\n      name\n      kind\n      directorateCount\n      serviceCount\n      programmes { id name stage }\n    }\n  }\n"): typeof import('./graphql').AuthoritiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Authority($id: ID!) {\n    authority(id: $id) {\n      id\n      name\n      kind\n      directorates { id name }\n      services { id name directorateId }\n      programmes { id name objective stage stageDecision { summary on } startedOn }\n    }\n  }\n"): typeof import('./graphql').AuthorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeBenefitStatus($input: ChangeBenefitStatusInput!) {\n    changeBenefitStatus(input: $input) { id title status }\n  }\n"): typeof import('./graphql').ChangeBenefitStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordBenefit($input: RecordBenefitInput!) {\n    recordBenefit(input: $input) { id title status }\n  }\n"): typeof import('./graphql').RecordBenefitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBenefit($input: UpdateBenefitInput!) {\n    updateBenefit(input: $input) { id title status }\n  }\n"): typeof import('./graphql').UpdateBenefitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenefitsRegister($programmeId: ID!) {\n    benefits(programmeId: $programmeId) {\n      programmeId\n      benefits { id programmeId title cashable annualAmountPence owner baseline targetDate status statusNote }\n      totals { cashablePence nonCashablePence byStatus { status annualAmountPence } }\n    }\n  }\n"): typeof import('./graphql').BenefitsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBusinessCaseAssumptions($input: SetBusinessCaseAssumptionsInput!) {\n    setBusinessCaseAssumptions(input: $input) { programmeId assumptions { decided reason } }\n  }\n"): typeof import('./graphql').SetBusinessCaseAssumptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessCase($programmeId: ID!) {\n    businessCase(programmeId: $programmeId) {\n      programmeId\n      assumptions { firstYear horizonYears vacancyFactorBp increments decided reason payAwards { financialYear rateBp } }\n      options {\n        optionId optionName chosen paybackYear\n        totals { payPence nonPayPence incrementsPence payAwardPence vacancySavingPence recurringPence oneOffPence fundingPence netPence }\n        years {\n          financialYear payPence nonPayPence incrementsPence payAwardPence vacancySavingPence recurringPence oneOffPence fundingPence netPence cumulativeNetPence\n          payAward { kind rateBp description source }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BusinessCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCapacityAssumptions($input: SetCapacityAssumptionsInput!) {\n    setCapacityAssumptions(input: $input) {\n      programmeId hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule\n      tiers { tier contracts hoursPerContract hours fte }\n      assumptions { hoursPerContract { tier hours } productiveHoursPerFte isDefault fromTemplateId }\n    }\n  }\n"): typeof import('./graphql').SetCapacityAssumptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacityModel($programmeId: ID!) {\n    capacityModel(programmeId: $programmeId) {\n      programmeId hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule\n      tiers { tier contracts hoursPerContract hours fte }\n      assumptions { hoursPerContract { tier hours } productiveHoursPerFte isDefault fromTemplateId }\n    }\n  }\n"): typeof import('./graphql').CapacityModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftConsultationPlan($input: DraftConsultationPlanInput!) {\n    draftConsultationPlan(input: $input) { planId status revision }\n  }\n"): typeof import('./graphql').DraftConsultationPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchConsultation($input: LaunchConsultationInput!) {\n    launchConsultation(input: $input) { planId status revision }\n  }\n"): typeof import('./graphql').LaunchConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogTradeUnionEngagement($input: LogTradeUnionEngagementInput!) {\n    logTradeUnionEngagement(input: $input) { planId status revision }\n  }\n"): typeof import('./graphql').LogTradeUnionEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanConsultationDates($input: PlanConsultationDatesInput!) {\n    planConsultationDates(input: $input) { planId status revision }\n  }\n"): typeof import('./graphql').PlanConsultationDatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) { planId status revision }\n  }\n"): typeof import('./graphql').RecordDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEqualityImpactAssessment($input: RecordEqualityImpactAssessmentInput!) {\n    recordEqualityImpactAssessment(input: $input) { planId status revision }\n  }\n"): typeof import('./graphql').RecordEqualityImpactAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIndividualAppeal($input: RecordIndividualAppealInput!) {\n    recordIndividualAppeal(input: $input) { planId status revision }\n  }\n"): typeof import('./graphql').RecordIndividualAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIndividualMeeting($input: RecordIndividualMeetingInput!) {\n    recordIndividualMeeting(input: $input) { planId status revision }\n  }\n"): typeof import('./graphql').RecordIndividualMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIndividualOutcome($input: RecordIndividualOutcomeInput!) {\n    recordIndividualOutcome(input: $input) { planId status revision }\n  }\n"): typeof import('./graphql').RecordIndividualOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordProtectedCharacteristics($input: RecordProtectedCharacteristicsInput!) {\n    recordProtectedCharacteristics(input: $input) { planId status revision }\n  }\n"): typeof import('./graphql').RecordProtectedCharacteristicsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordContinuousService($input: RecordContinuousServiceInput!) {\n    recordContinuousService(input: $input) { planId status revision }\n  }\n"): typeof import('./graphql').RecordContinuousServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectEmployeeRepresentatives($input: ElectEmployeeRepresentativesInput!) {\n    electEmployeeRepresentatives(input: $input) { planId status revision }\n  }\n"): typeof import('./graphql').ElectEmployeeRepresentativesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseConsultationPlan($input: ReviseConsultationPlanInput!) {\n    reviseConsultationPlan(input: $input) { planId status revision }\n  }\n"): typeof import('./graphql').ReviseConsultationPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationPlans($programmeId: ID!) {\n    consultationPlans(programmeId: $programmeId) {\n      planId title establishment proposedDismissals status draftedOn launchedOn\n      figures { collectiveRequired minimumDays }\n      dismissals { counted }\n      warnings { code }\n    }\n  }\n"): typeof import('./graphql').ConsultationPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationPlan($planId: ID!) {\n    consultationPlan(planId: $planId) {\n      planId programmeId title establishment proposedDismissals recognisedUnions status draftedOn launchedOn launchRuleIds revision\n      dates { staffBriefing consultationStart consultationClose responseToFeedback finalStructurePublished selectionStart selectionEnd noticesIssued appealsClose firstDismissal goLive hr1SentOn }\n      figures {\n        ruleDate collectiveRequired minimumDays collectiveRuleId collectiveRule collectiveSource\n        hr1Required hr1LeadDays hr1Deadline hr1OnlineFormOnly hr1RuleId hr1Rule hr1Source earliestFirstDismissal latestConsultationStart\n      }\n      warnings { code message rule source dates }\n      gate { open reason }\n      disclosures { item label given givenOn documentRef unions }\n      tradeUnionLog { entryId date kind unions summary }\n      individuals {\n        postId postReference person atRisk placement outcome outcomeDecidedOn proposedForDismissal\n        service { serviceStart contractualNoticeWeeks statutoryNoticeWeeks }\n        meetings { meetingId date kind note }\n        appeal { lodgedOn result decidedOn }\n      }\n      timeline { from to bars { key label start end } constraints { key label date rule source } }\n      exposure { applies breached ruleId rule source toBeConfirmed ruleDate maximumDays basis totalPence people { postId person annualPayPence maximumPence } }\n      equality { assessment { documentRef assessedOn findings } stages stageTotals suppressBelow rows { characteristic category counts } }\n      dismissals { recorded derived changedTerms counted differs rule source aggregated { planId title dismissals } people { postId person reasons } }\n      election { electedOn termEndsOn source representatives { postId person represents } }\n    }\n  }\n"): typeof import('./graphql').ConsultationPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTargetContract($input: AddTargetContractInput!) {\n    addTargetContract(input: $input) { id reference tier }\n  }\n"): typeof import('./graphql').AddTargetContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTargetContracts($input: ImportTargetContractsInput!) {\n    importTargetContracts(input: $input) { importId fileName rowCount created updated unchanged }\n  }\n"): typeof import('./graphql').ImportTargetContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTargetContract($input: RemoveTargetContractInput!) {\n    removeTargetContract(input: $input)\n  }\n"): typeof import('./graphql').RemoveTargetContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTierRules($input: SetTierRulesInput!) {\n    setTierRules(input: $input) { programmeId isDefault bands { tier minAnnualValuePence riskAtLeast } }\n  }\n"): typeof import('./graphql').SetTierRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTargetContract($input: UpdateTargetContractInput!) {\n    updateTargetContract(input: $input) { id reference tier revision }\n  }\n"): typeof import('./graphql').UpdateTargetContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordContractNoticeTrigger($input: RecordContractNoticeTriggerInput!) {\n    recordContractNoticeTrigger(input: $input) { id }\n  }\n"): typeof import('./graphql').RecordContractNoticeTriggerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordContractNoticePublished($input: RecordContractNoticePublishedInput!) {\n    recordContractNoticePublished(input: $input) { id }\n  }\n"): typeof import('./graphql').RecordContractNoticePublishedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetContracts($programmeId: ID!) {\n    targetContracts(programmeId: $programmeId) {\n      id programmeId reference title supplier serviceId serviceName annualValuePence wholeLifeValuePence\n      startDate endDate risk vfmConcern vfmNote contractManagerPostId contractManagerPostReference kpisSet exempt\n      procurementStartedOn regime\n      tier revision\n      procurementActDuties {\n        applies regime reason ruleVersion\n        kpis { required minimum set met }\n        performanceNotices { dueDate kind overdue }\n      }\n      notices { kind name source dueDate because triggerId state publishedOn reference }\n      noticeTriggers { triggerId kind occurredOn description }\n    }\n  }\n"): typeof import('./graphql').TargetContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TierRules($programmeId: ID!) {\n    tierRules(programmeId: $programmeId) {\n      programmeId isDefault fromTemplateId\n      bands { tier minAnnualValuePence riskAtLeast }\n    }\n  }\n"): typeof import('./graphql').TierRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractManagerPosts($authorityId: ID!) {\n    posts(authorityId: $authorityId) { id reference title serviceName }\n  }\n"): typeof import('./graphql').ContractManagerPostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordExitCostInputs($input: RecordExitCostInputsInput!) {\n    recordExitCostInputs(input: $input) { postId }\n  }\n"): typeof import('./graphql').RecordExitCostInputsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBudgetNonPayLines($input: SetBudgetNonPayLinesInput!) {\n    setBudgetNonPayLines(input: $input) { programmeId nonPayTotalPence }\n  }\n"): typeof import('./graphql').SetBudgetNonPayLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffBudget($input: SignOffBudgetInput!) {\n    signOffBudget(input: $input) { programmeId signOffs { signedOn current } }\n  }\n"): typeof import('./graphql').SignOffBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OptionCost($programmeId: ID!, $financialYear: String!, $policy: ScpPolicy!) {\n    optionCost(programmeId: $programmeId, financialYear: $financialYear, policy: $policy) {\n      optionId optionName financialYear policy provisionalPosts tableIds\n      totals { salaryPence niPence lgpsPence levyPence allowancesPence totalPence }\n      posts {\n        designPostId title fte grade minScp maxScp final\n        salaryPence niPence lgpsPence levyPence allowancesPence totalPence\n        basis { scpUsed annualPayPence payTableId niTableId levyTableId unconfirmedTableIds lgpsRate { rateBp effectiveFrom source } }\n      }\n    }\n  }\n"): typeof import('./graphql').OptionCostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FunctionBudget($programmeId: ID!, $financialYear: String!) {\n    functionBudget(programmeId: $programmeId, financialYear: $financialYear) {\n      programmeId financialYear nonPayTotalPence totalPence annualTotalPence fundingPence gapPence neededFte agreedFte gapFte\n      notGradedPence oneOffTotalPence\n      partYear { goLiveDate daysInYear daysCosted }\n      oneOffCosts { kind label pence date }\n      pay { optionName provisionalPosts tableIds totals { totalPence } notGraded { designPostId title fte annualPence pence } }\n      nonPayLines { label pencePerYear }\n      signOffs { signedOn note totalPence fundingPence gapPence tableIds lgpsRateBp current }\n    }\n  }\n"): typeof import('./graphql').FunctionBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExitCosts($programmeId: ID!) {\n    exitCosts(programmeId: $programmeId) {\n      postId reference title outcome\n      inputs { age completeYearsService weeklyPayPence pensionMember yearsMembership lgpsStrainEstimatePence dismissalDate }\n      statutoryRedundancyPay { pence halfWeeks yearsCounted weeklyPayUsedPence capTableId eligible reason }\n      lgpsStrain { applies estimatePence note }\n    }\n  }\n"): typeof import('./graphql').ExitCostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FteDeals($programmeId: ID!) {\n    fteDeals(programmeId: $programmeId) {\n      id programmeId serviceId serviceName status fte agreedFte offerFte awaiting rounds version lastActivityAt\n      budget { financialYear pence }\n    }\n  }\n"): typeof import('./graphql').FteDealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FteDeal($id: ID!) {\n    fteDeal(id: $id) {\n      id programmeId serviceId serviceName status fte agreedFte offerFte awaiting rounds version lastActivityAt\n      terms {\n        fte budgetTotalPence effectiveDate linkedChange rationale\n        sourcePosts { postId reference title fte postFte }\n        budget { financialYear pence }\n      }\n      offerTerms {\n        fte budgetTotalPence effectiveDate linkedChange rationale\n        sourcePosts { postId reference title fte postFte }\n        budget { financialYear pence }\n      }\n      history { side action sentence actorName actorRole reason at onBehalfOfService fte budgetTotal }\n      notes { text authorName at }\n    }\n  }\n"): typeof import('./graphql').FteDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealServicePosts($authorityId: ID!, $serviceId: ID!) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) { id reference title fte vacant }\n  }\n"): typeof import('./graphql').DealServicePostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDealNote($input: AddDealNoteInput!) {\n    addDealNote(input: $input) { id notes { text authorName at } }\n  }\n"): typeof import('./graphql').AddDealNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreeFteDealAmendment($input: DealStepInput!) {\n    agreeFteDealAmendment(input: $input) { id status version }\n  }\n"): typeof import('./graphql').AgreeFteDealAmendmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreeFteDeal($input: DealStepInput!) {\n    agreeFteDeal(input: $input) { id status version }\n  }\n"): typeof import('./graphql').AgreeFteDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CounterFteDealAmendment($input: DealOfferInput!) {\n    counterFteDealAmendment(input: $input) { id status version }\n  }\n"): typeof import('./graphql').CounterFteDealAmendmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CounterFteDeal($input: DealOfferInput!) {\n    counterFteDeal(input: $input) { id status version }\n  }\n"): typeof import('./graphql').CounterFteDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeFteDealAmendment($input: DealOfferInput!) {\n    proposeFteDealAmendment(input: $input) { id status version }\n  }\n"): typeof import('./graphql').ProposeFteDealAmendmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeFteDeal($input: ProposeFteDealInput!) {\n    proposeFteDeal(input: $input) { id status version }\n  }\n"): typeof import('./graphql').ProposeFteDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectFteDealAmendment($input: DealStepInput!) {\n    rejectFteDealAmendment(input: $input) { id status version }\n  }\n"): typeof import('./graphql').RejectFteDealAmendmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectFteDeal($input: DealStepInput!) {\n    rejectFteDeal(input: $input) { id status version }\n  }\n"): typeof import('./graphql').RejectFteDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawFteDeal($input: DealStepInput!) {\n    withdrawFteDeal(input: $input) { id status version }\n  }\n"): typeof import('./graphql').WithdrawFteDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftContractManagementDefinition($input: DraftContractManagementDefinitionInput!) {\n    draftContractManagementDefinition(input: $input) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n"): typeof import('./graphql').DraftContractManagementDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDefinitionAgreement($input: RecordDefinitionAgreementInput!) {\n    recordDefinitionAgreement(input: $input) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n"): typeof import('./graphql').RecordDefinitionAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractManagementDefinition($programmeId: ID!) {\n    contractManagementDefinition(programmeId: $programmeId) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n"): typeof import('./graphql').ContractManagementDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DischargeCondition($input: DischargeConditionInput!) {\n    dischargeCondition(input: $input) { programmeId gate { open reason } }\n  }\n"): typeof import('./graphql').DischargeConditionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDesignAuthorityDecision($input: RecordDesignAuthorityDecisionInput!) {\n    recordDesignAuthorityDecision(input: $input) { programmeId gate { open reason } }\n  }\n"): typeof import('./graphql').RecordDesignAuthorityDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitToDesignAuthority($input: SubmitToDesignAuthorityInput!) {\n    submitToDesignAuthority(input: $input) { programmeId submissions { submissionId } }\n  }\n"): typeof import('./graphql').SubmitToDesignAuthorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DesignAuthority($programmeId: ID!) {\n    designAuthority(programmeId: $programmeId) {\n      programmeId\n      gate { open reason submissionId decision openBlockingConditions { conditionId text owner dueDate } }\n      submissions {\n        submissionId submittedOn status supersededBy\n        decision { decision meetingDate asksFor reasons }\n        conditions { conditionId text owner dueDate blocking discharged dischargedOn evidence }\n        snapshot {\n          optionId optionName totalCostPence costingBasis agreedFte neededFte gapFte consultationOutline\n          financialYear goLiveDate notGradedPence oneOffPence\n          nonPay { label pence }\n          oneOffCosts { kind label pence }\n          financeSignOff { signedOff signedOn current }\n          posts { designPostId title grade fte pence costedInFull }\n          fundingByYear { financialYear agreedPence pipelinePence neededPence gapPence }\n          deals { dealId serviceName status fte }\n          grading { designPostId jd evaluation grade }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DesignAuthorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDesignPost($input: AddDesignPostInput!) {\n    addDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n"): typeof import('./graphql').AddDesignPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseDesignOption($input: ChooseDesignOptionInput!) {\n    chooseDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n"): typeof import('./graphql').ChooseDesignOptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftDesignOption($input: DraftDesignOptionInput!) {\n    draftDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n"): typeof import('./graphql').DraftDesignOptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDesignPost($input: RemoveDesignPostInput!) {\n    removeDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n"): typeof import('./graphql').RemoveDesignPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameDesignOption($input: RenameDesignOptionInput!) {\n    renameDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n"): typeof import('./graphql').RenameDesignOptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseDesignPost($input: ReviseDesignPostInput!) {\n    reviseDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n"): typeof import('./graphql').ReviseDesignPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFunctionGoLiveDate($input: SetFunctionGoLiveDateInput!) {\n    setFunctionGoLiveDate(input: $input) { programmeId goLiveDate revision }\n  }\n"): typeof import('./graphql').SetFunctionGoLiveDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FunctionDesign($programmeId: ID!) {\n    functionDesign(programmeId: $programmeId) {\n      programmeId chosenOptionId chosenReason revision goLiveDate\n      options {\n        id name description chosen layers\n        checks { rule message designPostId }\n        totals { posts fte indicativeCostPence }\n        orgChart { designPostId title grade fte layer reportsTo directReports }\n        posts { id title grade fte reportsTo responsibilities jdReference indicativeCostPence apprenticeship holderAgeBand allowances { type pencePerYear } }\n      }\n    }\n  }\n"): typeof import('./graphql').FunctionDesignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareDesignOptions($programmeId: ID!) {\n    compareDesignOptions(programmeId: $programmeId) {\n      optionId name chosen posts fte indicativeCostPence checks financialYear fullCostPence notGradedPence notGradedPosts costingProblem\n    }\n  }\n"): typeof import('./graphql').CompareDesignOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) { id reference }\n  }\n"): typeof import('./graphql').AddPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPosts($input: ImportSheetInput!) {\n    importPosts(input: $input) { importId fileName rowCount created updated unchanged }\n  }\n"): typeof import('./graphql').ImportPostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePost($input: RemovePostInput!) {\n    removePost(input: $input)\n  }\n"): typeof import('./graphql').RemovePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) { id reference }\n  }\n"): typeof import('./graphql').UpdatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstablishmentAuthorities {\n    authorities { id name kind serviceCount }\n  }\n"): typeof import('./graphql').EstablishmentAuthoritiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstablishmentAuthority($id: ID!) {\n    authority(id: $id) { id name services { id name } }\n    tenantSettings { allowPostholderNames }\n  }\n"): typeof import('./graphql').EstablishmentAuthorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Posts($authorityId: ID!, $serviceId: ID) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) {\n      id reference serviceId serviceName title grade scp fte postholderRef vacant budgetedAnnualCostPence\n    }\n  }\n"): typeof import('./graphql').PostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundingPosition($programmeId: ID!) {\n    fundingPosition(programmeId: $programmeId) {\n      programmeId agreedFte pipelineFte neededFte gapFte needSource goLiveDate\n      byYear { financialYear agreedPence pipelinePence neededPence gapPence indicativePence oneOffPence daysCosted }\n    }\n  }\n"): typeof import('./graphql').FundingPositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveJobDescription($input: ApproveJobDescriptionInput!) {\n    approveJobDescription(input: $input) { designPostId jdStatus }\n  }\n"): typeof import('./graphql').ApproveJobDescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveJobEvaluation($input: ApproveJobEvaluationInput!) {\n    approveJobEvaluation(input: $input) { designPostId evaluationStatus grade }\n  }\n"): typeof import('./graphql').ApproveJobEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftJobDescription($input: DraftJobDescriptionInput!) {\n    draftJobDescription(input: $input) { designPostId jdStatus }\n  }\n"): typeof import('./graphql').DraftJobDescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordJobEvaluation($input: RecordJobEvaluationInput!) {\n    recordJobEvaluation(input: $input) { designPostId evaluationStatus }\n  }\n"): typeof import('./graphql').RecordJobEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestJobDescriptionChanges($input: RequestJobDescriptionChangesInput!) {\n    requestJobDescriptionChanges(input: $input) { designPostId jdStatus }\n  }\n"): typeof import('./graphql').RequestJobDescriptionChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGradeStructure($input: SetGradeStructureInput!) {\n    setGradeStructure(input: $input) { effectiveFrom }\n  }\n"): typeof import('./graphql').SetGradeStructureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradeStructures($authorityId: ID!) {\n    gradeStructures(authorityId: $authorityId) { effectiveFrom grades { grade minScp maxScp } }\n  }\n"): typeof import('./graphql').GradeStructuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostGrading($programmeId: ID!) {\n    postGrading(programmeId: $programmeId) {\n      designPostId title designGrade fte jdStatus evaluationStatus grade canBeCostedAsFinal nextStep\n      jobDescription { version status purpose accountabilities essentialCriteria desirableCriteria changeNotes }\n      evaluation { jdVersion scheme score panelDate moderated grade minScp maxScp gradeStructureEffectiveFrom approved }\n    }\n  }\n"): typeof import('./graphql').PostGradingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptRecruitmentPlan($input: AcceptRecruitmentPlanInput!) {\n    acceptRecruitmentPlan(input: $input) { programmeId status }\n  }\n"): typeof import('./graphql').AcceptRecruitmentPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftRecruitmentPlan($input: DraftRecruitmentPlanInput!) {\n    draftRecruitmentPlan(input: $input) { programmeId status }\n  }\n"): typeof import('./graphql').DraftRecruitmentPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandOverRecruitmentPlan($input: HandOverRecruitmentPlanInput!) {\n    handOverRecruitmentPlan(input: $input) { programmeId status }\n  }\n"): typeof import('./graphql').HandOverRecruitmentPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRecruitmentStageCompleted($input: RecordRecruitmentStageCompletedInput!) {\n    recordRecruitmentStageCompleted(input: $input) { programmeId status }\n  }\n"): typeof import('./graphql').RecordRecruitmentStageCompletedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVacancyFilled($input: RecordVacancyFilledInput!) {\n    recordVacancyFilled(input: $input) { programmeId status }\n  }\n"): typeof import('./graphql').RecordVacancyFilledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplanRecruitmentStage($input: ReplanRecruitmentStageInput!) {\n    replanRecruitmentStage(input: $input) { programmeId status }\n  }\n"): typeof import('./graphql').ReplanRecruitmentStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnRecruitmentPlan($input: ReturnRecruitmentPlanInput!) {\n    returnRecruitmentPlan(input: $input) { programmeId status }\n  }\n"): typeof import('./graphql').ReturnRecruitmentPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecruitmentPlan($programmeId: ID!) {\n    recruitmentPlan(programmeId: $programmeId) {\n      programmeId status handedOverOn acceptedOn canEdit canAnswer canRecordProgress\n      ism { userId displayName }\n      returns { reasons returnedOn }\n      gate { open reason }\n      vacancies {\n        vacancyId title grade fte owner status startDate\n        stages { stage label targetDate completedOn overdue replans { previousTargetDate targetDate reason } }\n      }\n      openVacancies { designPostId title grade fte }\n      interimServiceManagers { userId displayName }\n      history { type at by summary }\n    }\n  }\n"): typeof import('./graphql').RecruitmentPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalHandoverProgrammes($authorityId: ID) {\n    programmes(authorityId: $authorityId) { id name }\n  }\n"): typeof import('./graphql').PortalHandoverProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPolicyPack($input: RecordPolicyPackInput!) {\n    recordPolicyPack(input: $input) { authorityId inForce { version effectiveFrom } versions { version } }\n  }\n"): typeof import('./graphql').RecordPolicyPackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilPolicy($authorityId: ID!) {\n    authority(id: $authorityId) { id name }\n    councilPolicy(authorityId: $authorityId) {\n      authorityId\n      on\n      inForce {\n        origin version effectiveFrom label\n        pack {\n          slotInMinimumJobMatchPercent ringFenceGradesBelow ringFenceGradesAbove trialMaximumWeeks\n          payProtection { taper months steps { months percentOfDifference } }\n          discretionaryCompensation { actualWeeksPay multiplierPercent maximumWeeks }\n          notice { defaultWeeks byGrade { fromGrade toGrade weeks } }\n          incrementalDate\n        }\n      }\n      versions { version effectiveFrom reason }\n    }\n  }\n"): typeof import('./graphql').CouncilPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalHome($authorityId: ID!) {\n    authority(id: $authorityId) {\n      id\n      name\n      directorates { id name }\n      services { id name directorateId }\n    }\n  }\n"): typeof import('./graphql').PortalHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalReturns($authorityId: ID!) {\n    programmes(authorityId: $authorityId) { id name }\n    posts(authorityId: $authorityId) { id serviceId }\n  }\n"): typeof import('./graphql').PortalReturnsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalProgrammeReturn($programmeId: ID!, $serviceId: ID!) {\n    activityTaxonomy(programmeId: $programmeId) { id retired }\n    activityShares(programmeId: $programmeId, serviceId: $serviceId) { postId }\n  }\n"): typeof import('./graphql').PortalProgrammeReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programmes($authorityId: ID) {\n    programmes(authorityId: $authorityId) { id authorityId name objective stage stageDecision { summary on } startedOn }\n    authorities { id name }\n  }\n"): typeof import('./graphql').ProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndTrialPeriod($input: EndTrialPeriodInput!) {\n    endTrialPeriod(input: $input) { postId outcome }\n  }\n"): typeof import('./graphql').EndTrialPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantPayProtection($input: GrantPayProtectionInput!) {\n    grantPayProtection(input: $input) { postId outcome }\n  }\n"): typeof import('./graphql').GrantPayProtectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAtRisk($input: MarkAtRiskInput!) {\n    markAtRisk(input: $input) { postId outcome }\n  }\n"): typeof import('./graphql').MarkAtRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceInRingFence($input: PlaceInRingFenceInput!) {\n    placeInRingFence(input: $input) { id name }\n  }\n"): typeof import('./graphql').PlaceInRingFenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRedeployment($input: RecordRedeploymentInput!) {\n    recordRedeployment(input: $input) { postId outcome }\n  }\n"): typeof import('./graphql').RecordRedeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSelectionOutcome($input: RecordSelectionOutcomeInput!) {\n    recordSelectionOutcome(input: $input) { postId outcome }\n  }\n"): typeof import('./graphql').RecordSelectionOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSlotIn($input: RecordSlotInInput!) {\n    recordSlotIn(input: $input) { postId outcome }\n  }\n"): typeof import('./graphql').RecordSlotInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseVacancy($input: ReleaseVacancyInput!) {\n    releaseVacancy(input: $input) { postId outcome }\n  }\n"): typeof import('./graphql').ReleaseVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTrialPeriod($input: StartTrialPeriodInput!) {\n    startTrialPeriod(input: $input) { postId outcome }\n  }\n"): typeof import('./graphql').StartTrialPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransitionMap($programmeId: ID!, $authorityId: ID!) {\n    transitionMap(programmeId: $programmeId) {\n      programmeId chosenOptionId\n      asIs {\n        postId reference title serviceId grade fte vacant inEstablishment outcome designPostId route poolId dealId\n        redeployment { toDescription priorityInterview }\n        trial { designPostId startDate endDate extendedByWrittenAgreement }\n        payProtection { protectedGrade startDate endDate }\n        history { type reason at by effectiveDate designPostId }\n      }\n      toBe { designPostId title grade fte filledFte unfilledFte sources { postId reference fte how } }\n      pools { id name postIds designPostIds }\n    }\n    posts(authorityId: $authorityId) { id serviceName postholderRef }\n    fteDeals(programmeId: $programmeId) { id serviceId serviceName status }\n  }\n"): typeof import('./graphql').TransitionMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeWorkspace {\n    programmes { id authorityId name stage stageDecision { summary on } startedOn }\n    authorities { id name services { id name } }\n  }\n"): typeof import('./graphql').ProgrammeWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwaitingMe {\n    awaitingMe { kind title programmeId entityId since }\n  }\n"): typeof import('./graphql').AwaitingMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyTemplate($input: ApplyTemplateInput!) {\n    applyTemplate(input: $input) { programmeId templateId activities tiers }\n  }\n"): typeof import('./graphql').ApplyTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireTemplate($input: RetireTemplateInput!) {\n    retireTemplate(input: $input) { id name retired }\n  }\n"): typeof import('./graphql').RetireTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveProgrammeAsTemplate($input: SaveProgrammeAsTemplateInput!) {\n    saveProgrammeAsTemplate(input: $input) { id name }\n  }\n"): typeof import('./graphql').SaveProgrammeAsTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Templates {\n    templates {\n      id name description retired\n      taxonomy { key parentKey name contractManagement }\n      tierBands { tier minAnnualValuePence riskAtLeast }\n      capacityAssumptions { hoursPerContract { tier hours } productiveHoursPerFte }\n    }\n  }\n"): typeof import('./graphql').TemplatesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
