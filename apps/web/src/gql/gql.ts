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
    "\n  query AnalysisProgrammes {\n    programmes { id authorityId name stage startedOn }\n    authorities { id name services { id name } }\n  }\n": typeof types.AnalysisProgrammesDocument,
    "\n  query ReturnCoverage($authorityId: ID!, $programmeId: ID!) {\n    posts(authorityId: $authorityId) { id serviceId }\n    activityShares(programmeId: $programmeId) { postId serviceId }\n  }\n": typeof types.ReturnCoverageDocument,
    "\n  query ActivityAnalysis($programmeId: ID!, $thresholdPercent: Int!) {\n    activityAnalysis(programmeId: $programmeId, thresholdPercent: $thresholdPercent) {\n      programmeId headline roundingRule thresholdPercent\n      totalFte totalCostPence postsAnalysed postsWithContractManagement substantivePosts fractionalPosts\n      byService { serviceId serviceName fte costPence posts substantivePosts }\n      byActivity { activityId name fte costPence }\n    }\n  }\n": typeof types.ActivityAnalysisDocument,
    "\n  query ActivityTaxonomy($programmeId: ID!) {\n    activityTaxonomy(programmeId: $programmeId) { id name parentId retired contractManagement }\n  }\n": typeof types.ActivityTaxonomyDocument,
    "\n  query ActivityReturnForm($authorityId: ID!, $programmeId: ID!, $serviceId: ID!) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) { id reference title fte }\n    activityTaxonomy(programmeId: $programmeId) { id name parentId retired contractManagement }\n    activityShares(programmeId: $programmeId, serviceId: $serviceId) { postId shares { activityId percent } }\n  }\n": typeof types.ActivityReturnFormDocument,
    "\n  mutation RenameActivity($input: RenameActivityInput!) {\n    renameActivity(input: $input) { id }\n  }\n": typeof types.RenameActivityDocument,
    "\n  mutation RetireActivity($input: RetireActivityInput!) {\n    retireActivity(input: $input) { id }\n  }\n": typeof types.RetireActivityDocument,
    "\n  mutation SeedActivityTaxonomy($input: SeedActivityTaxonomyInput!) {\n    seedActivityTaxonomy(input: $input) { id }\n  }\n": typeof types.SeedActivityTaxonomyDocument,
    "\n  mutation SubmitActivityReturn($input: SubmitActivityReturnInput!) {\n    submitActivityReturn(input: $input) { returnId posts }\n  }\n": typeof types.SubmitActivityReturnDocument,
    "\n  query AuditHome {\n    authorities { id name kind programmes { id } }\n  }\n": typeof types.AuditHomeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query Authorities {\n    authorities {\n      id\n      name\n      kind\n      directorates { id }\n      services { id }\n      programmes { id name stage }\n    }\n  }\n": typeof types.AuthoritiesDocument,
    "\n  query Authority($id: ID!) {\n    authority(id: $id) {\n      id\n      name\n      kind\n      directorates { id name }\n      services { id name directorateId }\n      programmes { id name objective stage startedOn }\n    }\n  }\n": typeof types.AuthorityDocument,
    "\n  query BenefitsRegister($programmeId: ID!) {\n    benefits(programmeId: $programmeId) {\n      programmeId\n      benefits { id programmeId title cashable annualAmountPence owner baseline targetDate status statusNote }\n      totals { cashablePence nonCashablePence byStatus { status annualAmountPence } }\n    }\n  }\n": typeof types.BenefitsRegisterDocument,
    "\n  mutation ChangeBenefitStatus($input: ChangeBenefitStatusInput!) {\n    changeBenefitStatus(input: $input) { id title status }\n  }\n": typeof types.ChangeBenefitStatusDocument,
    "\n  mutation RecordBenefit($input: RecordBenefitInput!) {\n    recordBenefit(input: $input) { id title status }\n  }\n": typeof types.RecordBenefitDocument,
    "\n  mutation UpdateBenefit($input: UpdateBenefitInput!) {\n    updateBenefit(input: $input) { id title status }\n  }\n": typeof types.UpdateBenefitDocument,
    "\n  query CapacityModel($programmeId: ID!) {\n    capacityModel(programmeId: $programmeId) {\n      programmeId hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule\n      tiers { tier contracts hoursPerContract hours fte }\n      assumptions { hoursPerContract { tier hours } productiveHoursPerFte isDefault fromTemplateId }\n    }\n  }\n": typeof types.CapacityModelDocument,
    "\n  mutation SetCapacityAssumptions($input: SetCapacityAssumptionsInput!) {\n    setCapacityAssumptions(input: $input) {\n      programmeId hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule\n      tiers { tier contracts hoursPerContract hours fte }\n      assumptions { hoursPerContract { tier hours } productiveHoursPerFte isDefault fromTemplateId }\n    }\n  }\n": typeof types.SetCapacityAssumptionsDocument,
    "\n  mutation AddTargetContract($input: AddTargetContractInput!) {\n    addTargetContract(input: $input) { id reference tier }\n  }\n": typeof types.AddTargetContractDocument,
    "\n  query TargetContracts($programmeId: ID!) {\n    targetContracts(programmeId: $programmeId) {\n      id programmeId reference title supplier serviceId serviceName annualValuePence wholeLifeValuePence\n      startDate endDate risk vfmConcern vfmNote contractManagerPostId contractManagerPostReference kpisSet exempt\n      tier revision\n      procurementActDuties {\n        applies reason ruleVersion\n        kpis { required minimum set met }\n        performanceNotices { dueDate kind overdue }\n      }\n    }\n  }\n": typeof types.TargetContractsDocument,
    "\n  query TierRules($programmeId: ID!) {\n    tierRules(programmeId: $programmeId) {\n      programmeId isDefault fromTemplateId\n      bands { tier minAnnualValuePence riskAtLeast }\n    }\n  }\n": typeof types.TierRulesDocument,
    "\n  query ContractManagerPosts($authorityId: ID!) {\n    posts(authorityId: $authorityId) { id reference title serviceName }\n  }\n": typeof types.ContractManagerPostsDocument,
    "\n  mutation ImportTargetContracts($input: ImportTargetContractsInput!) {\n    importTargetContracts(input: $input) { importId fileName rowCount created updated unchanged }\n  }\n": typeof types.ImportTargetContractsDocument,
    "\n  mutation RemoveTargetContract($input: RemoveTargetContractInput!) {\n    removeTargetContract(input: $input)\n  }\n": typeof types.RemoveTargetContractDocument,
    "\n  mutation SetTierRules($input: SetTierRulesInput!) {\n    setTierRules(input: $input) { programmeId isDefault bands { tier minAnnualValuePence riskAtLeast } }\n  }\n": typeof types.SetTierRulesDocument,
    "\n  mutation UpdateTargetContract($input: UpdateTargetContractInput!) {\n    updateTargetContract(input: $input) { id reference tier revision }\n  }\n": typeof types.UpdateTargetContractDocument,
    "\n  mutation AgreeFteDealAmendment($input: DealStepInput!) {\n    agreeFteDealAmendment(input: $input) { id status version }\n  }\n": typeof types.AgreeFteDealAmendmentDocument,
    "\n  mutation AgreeFteDeal($input: DealStepInput!) {\n    agreeFteDeal(input: $input) { id status version }\n  }\n": typeof types.AgreeFteDealDocument,
    "\n  mutation CounterFteDealAmendment($input: DealOfferInput!) {\n    counterFteDealAmendment(input: $input) { id status version }\n  }\n": typeof types.CounterFteDealAmendmentDocument,
    "\n  mutation CounterFteDeal($input: DealOfferInput!) {\n    counterFteDeal(input: $input) { id status version }\n  }\n": typeof types.CounterFteDealDocument,
    "\n  query FteDeals($programmeId: ID!) {\n    fteDeals(programmeId: $programmeId) {\n      id programmeId serviceId serviceName status fte agreedFte offerFte awaiting rounds version lastActivityAt\n      budget { financialYear pence }\n    }\n  }\n": typeof types.FteDealsDocument,
    "\n  query FteDeal($id: ID!) {\n    fteDeal(id: $id) {\n      id programmeId serviceId serviceName status fte agreedFte offerFte awaiting rounds version lastActivityAt\n      terms {\n        fte budgetTotalPence effectiveDate linkedChange rationale\n        sourcePosts { postId reference title fte postFte }\n        budget { financialYear pence }\n      }\n      offerTerms {\n        fte budgetTotalPence effectiveDate linkedChange rationale\n        sourcePosts { postId reference title fte postFte }\n        budget { financialYear pence }\n      }\n      history { side action sentence actorName actorRole reason at onBehalfOfService fte budgetTotal }\n    }\n  }\n": typeof types.FteDealDocument,
    "\n  query DealServicePosts($authorityId: ID!, $serviceId: ID!) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) { id reference title fte vacant }\n  }\n": typeof types.DealServicePostsDocument,
    "\n  mutation ProposeFteDealAmendment($input: DealOfferInput!) {\n    proposeFteDealAmendment(input: $input) { id status version }\n  }\n": typeof types.ProposeFteDealAmendmentDocument,
    "\n  mutation ProposeFteDeal($input: ProposeFteDealInput!) {\n    proposeFteDeal(input: $input) { id status version }\n  }\n": typeof types.ProposeFteDealDocument,
    "\n  mutation RejectFteDealAmendment($input: DealStepInput!) {\n    rejectFteDealAmendment(input: $input) { id status version }\n  }\n": typeof types.RejectFteDealAmendmentDocument,
    "\n  mutation RejectFteDeal($input: DealStepInput!) {\n    rejectFteDeal(input: $input) { id status version }\n  }\n": typeof types.RejectFteDealDocument,
    "\n  mutation WithdrawFteDeal($input: DealStepInput!) {\n    withdrawFteDeal(input: $input) { id status version }\n  }\n": typeof types.WithdrawFteDealDocument,
    "\n  query ContractManagementDefinition($programmeId: ID!) {\n    contractManagementDefinition(programmeId: $programmeId) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n": typeof types.ContractManagementDefinitionDocument,
    "\n  mutation DraftContractManagementDefinition($input: DraftContractManagementDefinitionInput!) {\n    draftContractManagementDefinition(input: $input) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n": typeof types.DraftContractManagementDefinitionDocument,
    "\n  mutation RecordDefinitionAgreement($input: RecordDefinitionAgreementInput!) {\n    recordDefinitionAgreement(input: $input) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n": typeof types.RecordDefinitionAgreementDocument,
    "\n  mutation AddDesignPost($input: AddDesignPostInput!) {\n    addDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": typeof types.AddDesignPostDocument,
    "\n  mutation ChooseDesignOption($input: ChooseDesignOptionInput!) {\n    chooseDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": typeof types.ChooseDesignOptionDocument,
    "\n  query FunctionDesign($programmeId: ID!) {\n    functionDesign(programmeId: $programmeId) {\n      programmeId chosenOptionId chosenReason revision\n      options {\n        id name description chosen layers\n        checks { rule message designPostId }\n        totals { posts fte indicativeCostPence }\n        orgChart { designPostId title grade fte layer reportsTo directReports }\n        posts { id title grade fte reportsTo responsibilities jdReference indicativeCostPence }\n      }\n    }\n  }\n": typeof types.FunctionDesignDocument,
    "\n  query CompareDesignOptions($programmeId: ID!) {\n    compareDesignOptions(programmeId: $programmeId) { optionId name chosen posts fte indicativeCostPence checks }\n  }\n": typeof types.CompareDesignOptionsDocument,
    "\n  mutation DraftDesignOption($input: DraftDesignOptionInput!) {\n    draftDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": typeof types.DraftDesignOptionDocument,
    "\n  mutation RemoveDesignPost($input: RemoveDesignPostInput!) {\n    removeDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": typeof types.RemoveDesignPostDocument,
    "\n  mutation RenameDesignOption($input: RenameDesignOptionInput!) {\n    renameDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": typeof types.RenameDesignOptionDocument,
    "\n  mutation ReviseDesignPost($input: ReviseDesignPostInput!) {\n    reviseDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": typeof types.ReviseDesignPostDocument,
    "\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) { id reference }\n  }\n": typeof types.AddPostDocument,
    "\n  query EstablishmentAuthorities {\n    authorities { id name kind services { id } }\n  }\n": typeof types.EstablishmentAuthoritiesDocument,
    "\n  query EstablishmentAuthority($id: ID!) {\n    authority(id: $id) { id name services { id name } }\n    tenantSettings { allowPostholderNames }\n  }\n": typeof types.EstablishmentAuthorityDocument,
    "\n  query Posts($authorityId: ID!, $serviceId: ID) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) {\n      id reference serviceId serviceName title grade scp fte postholderRef vacant budgetedAnnualCostPence\n    }\n  }\n": typeof types.PostsDocument,
    "\n  mutation ImportPosts($input: ImportSheetInput!) {\n    importPosts(input: $input) { importId fileName rowCount created updated unchanged }\n  }\n": typeof types.ImportPostsDocument,
    "\n  mutation RemovePost($input: RemovePostInput!) {\n    removePost(input: $input)\n  }\n": typeof types.RemovePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) { id reference }\n  }\n": typeof types.UpdatePostDocument,
    "\n  query FundingPosition($programmeId: ID!) {\n    fundingPosition(programmeId: $programmeId) {\n      programmeId agreedFte pipelineFte neededFte gapFte needSource\n      byYear { financialYear agreedPence pipelinePence neededPence gapPence }\n    }\n  }\n": typeof types.FundingPositionDocument,
    "\n  query PortalHome($authorityId: ID!) {\n    authority(id: $authorityId) {\n      id\n      name\n      directorates { id name }\n      services { id name directorateId }\n    }\n  }\n": typeof types.PortalHomeDocument,
    "\n  query PortalReturns($authorityId: ID!) {\n    programmes(authorityId: $authorityId) { id name }\n    posts(authorityId: $authorityId) { id serviceId }\n  }\n": typeof types.PortalReturnsDocument,
    "\n  query PortalProgrammeReturn($programmeId: ID!, $serviceId: ID!) {\n    activityTaxonomy(programmeId: $programmeId) { id retired }\n    activityShares(programmeId: $programmeId, serviceId: $serviceId) { postId }\n  }\n": typeof types.PortalProgrammeReturnDocument,
    "\n  query Programmes($authorityId: ID) {\n    programmes(authorityId: $authorityId) { id authorityId name objective stage startedOn }\n    authorities { id name }\n  }\n": typeof types.ProgrammesDocument,
    "\n  mutation EndTrialPeriod($input: EndTrialPeriodInput!) {\n    endTrialPeriod(input: $input) { postId outcome }\n  }\n": typeof types.EndTrialPeriodDocument,
    "\n  mutation GrantPayProtection($input: GrantPayProtectionInput!) {\n    grantPayProtection(input: $input) { postId outcome }\n  }\n": typeof types.GrantPayProtectionDocument,
    "\n  mutation MarkAtRisk($input: MarkAtRiskInput!) {\n    markAtRisk(input: $input) { postId outcome }\n  }\n": typeof types.MarkAtRiskDocument,
    "\n  mutation PlaceInRingFence($input: PlaceInRingFenceInput!) {\n    placeInRingFence(input: $input) { id name }\n  }\n": typeof types.PlaceInRingFenceDocument,
    "\n  query TransitionMap($programmeId: ID!, $authorityId: ID!) {\n    transitionMap(programmeId: $programmeId) {\n      programmeId chosenOptionId\n      asIs {\n        postId reference title serviceId grade fte vacant inEstablishment outcome designPostId route poolId dealId\n        redeployment { toDescription priorityInterview }\n        trial { designPostId startDate endDate extendedByWrittenAgreement }\n        payProtection { protectedGrade startDate endDate }\n        history { type reason at by effectiveDate designPostId }\n      }\n      toBe { designPostId title grade fte filledFte unfilledFte sources { postId reference fte how } }\n      pools { id name postIds designPostIds }\n    }\n    posts(authorityId: $authorityId) { id serviceName postholderRef }\n    fteDeals(programmeId: $programmeId) { id serviceId serviceName status }\n  }\n": typeof types.TransitionMapDocument,
    "\n  mutation RecordRedeployment($input: RecordRedeploymentInput!) {\n    recordRedeployment(input: $input) { postId outcome }\n  }\n": typeof types.RecordRedeploymentDocument,
    "\n  mutation RecordSelectionOutcome($input: RecordSelectionOutcomeInput!) {\n    recordSelectionOutcome(input: $input) { postId outcome }\n  }\n": typeof types.RecordSelectionOutcomeDocument,
    "\n  mutation RecordSlotIn($input: RecordSlotInInput!) {\n    recordSlotIn(input: $input) { postId outcome }\n  }\n": typeof types.RecordSlotInDocument,
    "\n  mutation ReleaseVacancy($input: ReleaseVacancyInput!) {\n    releaseVacancy(input: $input) { postId outcome }\n  }\n": typeof types.ReleaseVacancyDocument,
    "\n  mutation StartTrialPeriod($input: StartTrialPeriodInput!) {\n    startTrialPeriod(input: $input) { postId outcome }\n  }\n": typeof types.StartTrialPeriodDocument,
    "\n  query ProgrammeWorkspace {\n    programmes { id authorityId name stage startedOn }\n    authorities { id name services { id name } }\n  }\n": typeof types.ProgrammeWorkspaceDocument,
    "\n  query AwaitingMe {\n    awaitingMe { kind title programmeId entityId since }\n  }\n": typeof types.AwaitingMeDocument,
    "\n  mutation ApplyTemplate($input: ApplyTemplateInput!) {\n    applyTemplate(input: $input) { programmeId templateId activities tiers }\n  }\n": typeof types.ApplyTemplateDocument,
    "\n  mutation RetireTemplate($input: RetireTemplateInput!) {\n    retireTemplate(input: $input) { id name retired }\n  }\n": typeof types.RetireTemplateDocument,
    "\n  mutation SaveProgrammeAsTemplate($input: SaveProgrammeAsTemplateInput!) {\n    saveProgrammeAsTemplate(input: $input) { id name }\n  }\n": typeof types.SaveProgrammeAsTemplateDocument,
    "\n  query Templates {\n    templates {\n      id name description retired\n      taxonomy { key parentKey name contractManagement }\n      tierBands { tier minAnnualValuePence riskAtLeast }\n      capacityAssumptions { hoursPerContract { tier hours } productiveHoursPerFte }\n    }\n  }\n": typeof types.TemplatesDocument,
};
const documents: Documents = {
    "\n  mutation AddActivity($input: AddActivityInput!) {\n    addActivity(input: $input) { id }\n  }\n": types.AddActivityDocument,
    "\n  query AnalysisProgrammes {\n    programmes { id authorityId name stage startedOn }\n    authorities { id name services { id name } }\n  }\n": types.AnalysisProgrammesDocument,
    "\n  query ReturnCoverage($authorityId: ID!, $programmeId: ID!) {\n    posts(authorityId: $authorityId) { id serviceId }\n    activityShares(programmeId: $programmeId) { postId serviceId }\n  }\n": types.ReturnCoverageDocument,
    "\n  query ActivityAnalysis($programmeId: ID!, $thresholdPercent: Int!) {\n    activityAnalysis(programmeId: $programmeId, thresholdPercent: $thresholdPercent) {\n      programmeId headline roundingRule thresholdPercent\n      totalFte totalCostPence postsAnalysed postsWithContractManagement substantivePosts fractionalPosts\n      byService { serviceId serviceName fte costPence posts substantivePosts }\n      byActivity { activityId name fte costPence }\n    }\n  }\n": types.ActivityAnalysisDocument,
    "\n  query ActivityTaxonomy($programmeId: ID!) {\n    activityTaxonomy(programmeId: $programmeId) { id name parentId retired contractManagement }\n  }\n": types.ActivityTaxonomyDocument,
    "\n  query ActivityReturnForm($authorityId: ID!, $programmeId: ID!, $serviceId: ID!) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) { id reference title fte }\n    activityTaxonomy(programmeId: $programmeId) { id name parentId retired contractManagement }\n    activityShares(programmeId: $programmeId, serviceId: $serviceId) { postId shares { activityId percent } }\n  }\n": types.ActivityReturnFormDocument,
    "\n  mutation RenameActivity($input: RenameActivityInput!) {\n    renameActivity(input: $input) { id }\n  }\n": types.RenameActivityDocument,
    "\n  mutation RetireActivity($input: RetireActivityInput!) {\n    retireActivity(input: $input) { id }\n  }\n": types.RetireActivityDocument,
    "\n  mutation SeedActivityTaxonomy($input: SeedActivityTaxonomyInput!) {\n    seedActivityTaxonomy(input: $input) { id }\n  }\n": types.SeedActivityTaxonomyDocument,
    "\n  mutation SubmitActivityReturn($input: SubmitActivityReturnInput!) {\n    submitActivityReturn(input: $input) { returnId posts }\n  }\n": types.SubmitActivityReturnDocument,
    "\n  query AuditHome {\n    authorities { id name kind programmes { id } }\n  }\n": types.AuditHomeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }\n    }\n  }\n": types.SignInDocument,
    "\n  query Authorities {\n    authorities {\n      id\n      name\n      kind\n      directorates { id }\n      services { id }\n      programmes { id name stage }\n    }\n  }\n": types.AuthoritiesDocument,
    "\n  query Authority($id: ID!) {\n    authority(id: $id) {\n      id\n      name\n      kind\n      directorates { id name }\n      services { id name directorateId }\n      programmes { id name objective stage startedOn }\n    }\n  }\n": types.AuthorityDocument,
    "\n  query BenefitsRegister($programmeId: ID!) {\n    benefits(programmeId: $programmeId) {\n      programmeId\n      benefits { id programmeId title cashable annualAmountPence owner baseline targetDate status statusNote }\n      totals { cashablePence nonCashablePence byStatus { status annualAmountPence } }\n    }\n  }\n": types.BenefitsRegisterDocument,
    "\n  mutation ChangeBenefitStatus($input: ChangeBenefitStatusInput!) {\n    changeBenefitStatus(input: $input) { id title status }\n  }\n": types.ChangeBenefitStatusDocument,
    "\n  mutation RecordBenefit($input: RecordBenefitInput!) {\n    recordBenefit(input: $input) { id title status }\n  }\n": types.RecordBenefitDocument,
    "\n  mutation UpdateBenefit($input: UpdateBenefitInput!) {\n    updateBenefit(input: $input) { id title status }\n  }\n": types.UpdateBenefitDocument,
    "\n  query CapacityModel($programmeId: ID!) {\n    capacityModel(programmeId: $programmeId) {\n      programmeId hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule\n      tiers { tier contracts hoursPerContract hours fte }\n      assumptions { hoursPerContract { tier hours } productiveHoursPerFte isDefault fromTemplateId }\n    }\n  }\n": types.CapacityModelDocument,
    "\n  mutation SetCapacityAssumptions($input: SetCapacityAssumptionsInput!) {\n    setCapacityAssumptions(input: $input) {\n      programmeId hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule\n      tiers { tier contracts hoursPerContract hours fte }\n      assumptions { hoursPerContract { tier hours } productiveHoursPerFte isDefault fromTemplateId }\n    }\n  }\n": types.SetCapacityAssumptionsDocument,
    "\n  mutation AddTargetContract($input: AddTargetContractInput!) {\n    addTargetContract(input: $input) { id reference tier }\n  }\n": types.AddTargetContractDocument,
    "\n  query TargetContracts($programmeId: ID!) {\n    targetContracts(programmeId: $programmeId) {\n      id programmeId reference title supplier serviceId serviceName annualValuePence wholeLifeValuePence\n      startDate endDate risk vfmConcern vfmNote contractManagerPostId contractManagerPostReference kpisSet exempt\n      tier revision\n      procurementActDuties {\n        applies reason ruleVersion\n        kpis { required minimum set met }\n        performanceNotices { dueDate kind overdue }\n      }\n    }\n  }\n": types.TargetContractsDocument,
    "\n  query TierRules($programmeId: ID!) {\n    tierRules(programmeId: $programmeId) {\n      programmeId isDefault fromTemplateId\n      bands { tier minAnnualValuePence riskAtLeast }\n    }\n  }\n": types.TierRulesDocument,
    "\n  query ContractManagerPosts($authorityId: ID!) {\n    posts(authorityId: $authorityId) { id reference title serviceName }\n  }\n": types.ContractManagerPostsDocument,
    "\n  mutation ImportTargetContracts($input: ImportTargetContractsInput!) {\n    importTargetContracts(input: $input) { importId fileName rowCount created updated unchanged }\n  }\n": types.ImportTargetContractsDocument,
    "\n  mutation RemoveTargetContract($input: RemoveTargetContractInput!) {\n    removeTargetContract(input: $input)\n  }\n": types.RemoveTargetContractDocument,
    "\n  mutation SetTierRules($input: SetTierRulesInput!) {\n    setTierRules(input: $input) { programmeId isDefault bands { tier minAnnualValuePence riskAtLeast } }\n  }\n": types.SetTierRulesDocument,
    "\n  mutation UpdateTargetContract($input: UpdateTargetContractInput!) {\n    updateTargetContract(input: $input) { id reference tier revision }\n  }\n": types.UpdateTargetContractDocument,
    "\n  mutation AgreeFteDealAmendment($input: DealStepInput!) {\n    agreeFteDealAmendment(input: $input) { id status version }\n  }\n": types.AgreeFteDealAmendmentDocument,
    "\n  mutation AgreeFteDeal($input: DealStepInput!) {\n    agreeFteDeal(input: $input) { id status version }\n  }\n": types.AgreeFteDealDocument,
    "\n  mutation CounterFteDealAmendment($input: DealOfferInput!) {\n    counterFteDealAmendment(input: $input) { id status version }\n  }\n": types.CounterFteDealAmendmentDocument,
    "\n  mutation CounterFteDeal($input: DealOfferInput!) {\n    counterFteDeal(input: $input) { id status version }\n  }\n": types.CounterFteDealDocument,
    "\n  query FteDeals($programmeId: ID!) {\n    fteDeals(programmeId: $programmeId) {\n      id programmeId serviceId serviceName status fte agreedFte offerFte awaiting rounds version lastActivityAt\n      budget { financialYear pence }\n    }\n  }\n": types.FteDealsDocument,
    "\n  query FteDeal($id: ID!) {\n    fteDeal(id: $id) {\n      id programmeId serviceId serviceName status fte agreedFte offerFte awaiting rounds version lastActivityAt\n      terms {\n        fte budgetTotalPence effectiveDate linkedChange rationale\n        sourcePosts { postId reference title fte postFte }\n        budget { financialYear pence }\n      }\n      offerTerms {\n        fte budgetTotalPence effectiveDate linkedChange rationale\n        sourcePosts { postId reference title fte postFte }\n        budget { financialYear pence }\n      }\n      history { side action sentence actorName actorRole reason at onBehalfOfService fte budgetTotal }\n    }\n  }\n": types.FteDealDocument,
    "\n  query DealServicePosts($authorityId: ID!, $serviceId: ID!) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) { id reference title fte vacant }\n  }\n": types.DealServicePostsDocument,
    "\n  mutation ProposeFteDealAmendment($input: DealOfferInput!) {\n    proposeFteDealAmendment(input: $input) { id status version }\n  }\n": types.ProposeFteDealAmendmentDocument,
    "\n  mutation ProposeFteDeal($input: ProposeFteDealInput!) {\n    proposeFteDeal(input: $input) { id status version }\n  }\n": types.ProposeFteDealDocument,
    "\n  mutation RejectFteDealAmendment($input: DealStepInput!) {\n    rejectFteDealAmendment(input: $input) { id status version }\n  }\n": types.RejectFteDealAmendmentDocument,
    "\n  mutation RejectFteDeal($input: DealStepInput!) {\n    rejectFteDeal(input: $input) { id status version }\n  }\n": types.RejectFteDealDocument,
    "\n  mutation WithdrawFteDeal($input: DealStepInput!) {\n    withdrawFteDeal(input: $input) { id status version }\n  }\n": types.WithdrawFteDealDocument,
    "\n  query ContractManagementDefinition($programmeId: ID!) {\n    contractManagementDefinition(programmeId: $programmeId) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n": types.ContractManagementDefinitionDocument,
    "\n  mutation DraftContractManagementDefinition($input: DraftContractManagementDefinitionInput!) {\n    draftContractManagementDefinition(input: $input) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n": types.DraftContractManagementDefinitionDocument,
    "\n  mutation RecordDefinitionAgreement($input: RecordDefinitionAgreementInput!) {\n    recordDefinitionAgreement(input: $input) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n": types.RecordDefinitionAgreementDocument,
    "\n  mutation AddDesignPost($input: AddDesignPostInput!) {\n    addDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": types.AddDesignPostDocument,
    "\n  mutation ChooseDesignOption($input: ChooseDesignOptionInput!) {\n    chooseDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": types.ChooseDesignOptionDocument,
    "\n  query FunctionDesign($programmeId: ID!) {\n    functionDesign(programmeId: $programmeId) {\n      programmeId chosenOptionId chosenReason revision\n      options {\n        id name description chosen layers\n        checks { rule message designPostId }\n        totals { posts fte indicativeCostPence }\n        orgChart { designPostId title grade fte layer reportsTo directReports }\n        posts { id title grade fte reportsTo responsibilities jdReference indicativeCostPence }\n      }\n    }\n  }\n": types.FunctionDesignDocument,
    "\n  query CompareDesignOptions($programmeId: ID!) {\n    compareDesignOptions(programmeId: $programmeId) { optionId name chosen posts fte indicativeCostPence checks }\n  }\n": types.CompareDesignOptionsDocument,
    "\n  mutation DraftDesignOption($input: DraftDesignOptionInput!) {\n    draftDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": types.DraftDesignOptionDocument,
    "\n  mutation RemoveDesignPost($input: RemoveDesignPostInput!) {\n    removeDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": types.RemoveDesignPostDocument,
    "\n  mutation RenameDesignOption($input: RenameDesignOptionInput!) {\n    renameDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": types.RenameDesignOptionDocument,
    "\n  mutation ReviseDesignPost($input: ReviseDesignPostInput!) {\n    reviseDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n": types.ReviseDesignPostDocument,
    "\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) { id reference }\n  }\n": types.AddPostDocument,
    "\n  query EstablishmentAuthorities {\n    authorities { id name kind services { id } }\n  }\n": types.EstablishmentAuthoritiesDocument,
    "\n  query EstablishmentAuthority($id: ID!) {\n    authority(id: $id) { id name services { id name } }\n    tenantSettings { allowPostholderNames }\n  }\n": types.EstablishmentAuthorityDocument,
    "\n  query Posts($authorityId: ID!, $serviceId: ID) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) {\n      id reference serviceId serviceName title grade scp fte postholderRef vacant budgetedAnnualCostPence\n    }\n  }\n": types.PostsDocument,
    "\n  mutation ImportPosts($input: ImportSheetInput!) {\n    importPosts(input: $input) { importId fileName rowCount created updated unchanged }\n  }\n": types.ImportPostsDocument,
    "\n  mutation RemovePost($input: RemovePostInput!) {\n    removePost(input: $input)\n  }\n": types.RemovePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) { id reference }\n  }\n": types.UpdatePostDocument,
    "\n  query FundingPosition($programmeId: ID!) {\n    fundingPosition(programmeId: $programmeId) {\n      programmeId agreedFte pipelineFte neededFte gapFte needSource\n      byYear { financialYear agreedPence pipelinePence neededPence gapPence }\n    }\n  }\n": types.FundingPositionDocument,
    "\n  query PortalHome($authorityId: ID!) {\n    authority(id: $authorityId) {\n      id\n      name\n      directorates { id name }\n      services { id name directorateId }\n    }\n  }\n": types.PortalHomeDocument,
    "\n  query PortalReturns($authorityId: ID!) {\n    programmes(authorityId: $authorityId) { id name }\n    posts(authorityId: $authorityId) { id serviceId }\n  }\n": types.PortalReturnsDocument,
    "\n  query PortalProgrammeReturn($programmeId: ID!, $serviceId: ID!) {\n    activityTaxonomy(programmeId: $programmeId) { id retired }\n    activityShares(programmeId: $programmeId, serviceId: $serviceId) { postId }\n  }\n": types.PortalProgrammeReturnDocument,
    "\n  query Programmes($authorityId: ID) {\n    programmes(authorityId: $authorityId) { id authorityId name objective stage startedOn }\n    authorities { id name }\n  }\n": types.ProgrammesDocument,
    "\n  mutation EndTrialPeriod($input: EndTrialPeriodInput!) {\n    endTrialPeriod(input: $input) { postId outcome }\n  }\n": types.EndTrialPeriodDocument,
    "\n  mutation GrantPayProtection($input: GrantPayProtectionInput!) {\n    grantPayProtection(input: $input) { postId outcome }\n  }\n": types.GrantPayProtectionDocument,
    "\n  mutation MarkAtRisk($input: MarkAtRiskInput!) {\n    markAtRisk(input: $input) { postId outcome }\n  }\n": types.MarkAtRiskDocument,
    "\n  mutation PlaceInRingFence($input: PlaceInRingFenceInput!) {\n    placeInRingFence(input: $input) { id name }\n  }\n": types.PlaceInRingFenceDocument,
    "\n  query TransitionMap($programmeId: ID!, $authorityId: ID!) {\n    transitionMap(programmeId: $programmeId) {\n      programmeId chosenOptionId\n      asIs {\n        postId reference title serviceId grade fte vacant inEstablishment outcome designPostId route poolId dealId\n        redeployment { toDescription priorityInterview }\n        trial { designPostId startDate endDate extendedByWrittenAgreement }\n        payProtection { protectedGrade startDate endDate }\n        history { type reason at by effectiveDate designPostId }\n      }\n      toBe { designPostId title grade fte filledFte unfilledFte sources { postId reference fte how } }\n      pools { id name postIds designPostIds }\n    }\n    posts(authorityId: $authorityId) { id serviceName postholderRef }\n    fteDeals(programmeId: $programmeId) { id serviceId serviceName status }\n  }\n": types.TransitionMapDocument,
    "\n  mutation RecordRedeployment($input: RecordRedeploymentInput!) {\n    recordRedeployment(input: $input) { postId outcome }\n  }\n": types.RecordRedeploymentDocument,
    "\n  mutation RecordSelectionOutcome($input: RecordSelectionOutcomeInput!) {\n    recordSelectionOutcome(input: $input) { postId outcome }\n  }\n": types.RecordSelectionOutcomeDocument,
    "\n  mutation RecordSlotIn($input: RecordSlotInInput!) {\n    recordSlotIn(input: $input) { postId outcome }\n  }\n": types.RecordSlotInDocument,
    "\n  mutation ReleaseVacancy($input: ReleaseVacancyInput!) {\n    releaseVacancy(input: $input) { postId outcome }\n  }\n": types.ReleaseVacancyDocument,
    "\n  mutation StartTrialPeriod($input: StartTrialPeriodInput!) {\n    startTrialPeriod(input: $input) { postId outcome }\n  }\n": types.StartTrialPeriodDocument,
    "\n  query ProgrammeWorkspace {\n    programmes { id authorityId name stage startedOn }\n    authorities { id name services { id name } }\n  }\n": types.ProgrammeWorkspaceDocument,
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
export function graphql(source: "\n  query AuditHome {\n    authorities { id name kind programmes { id } }\n  }\n"): typeof import('./graphql').AuditHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Authorities {\n    authorities {\n      id\n      name\n      kind\n      directorates { id }\n      services { id }\n      programmes { id name stage }\n    }\n  }\n"): typeof import('./graphql').AuthoritiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Authority($id: ID!) {\n    authority(id: $id) {\n      id\n      name\n      kind\n      directorates { id name }\n      services { id name directorateId }\n      programmes { id name objective stage startedOn }\n    }\n  }\n"): typeof import('./graphql').AuthorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenefitsRegister($programmeId: ID!) {\n    benefits(programmeId: $programmeId) {\n      programmeId\n      benefits { id programmeId title cashable annualAmountPence owner baseline targetDate status statusNote }\n      totals { cashablePence nonCashablePence byStatus { status annualAmountPence } }\n    }\n  }\n"): typeof import('./graphql').BenefitsRegisterDocument;
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
export function graphql(source: "\n  query CapacityModel($programmeId: ID!) {\n    capacityModel(programmeId: $programmeId) {\n      programmeId hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule\n      tiers { tier contracts hoursPerContract hours fte }\n      assumptions { hoursPerContract { tier hours } productiveHoursPerFte isDefault fromTemplateId }\n    }\n  }\n"): typeof import('./graphql').CapacityModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCapacityAssumptions($input: SetCapacityAssumptionsInput!) {\n    setCapacityAssumptions(input: $input) {\n      programmeId hours demandFte supplyFte gapFte productiveHoursPerFte tiersWithoutHours roundingRule\n      tiers { tier contracts hoursPerContract hours fte }\n      assumptions { hoursPerContract { tier hours } productiveHoursPerFte isDefault fromTemplateId }\n    }\n  }\n"): typeof import('./graphql').SetCapacityAssumptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTargetContract($input: AddTargetContractInput!) {\n    addTargetContract(input: $input) { id reference tier }\n  }\n"): typeof import('./graphql').AddTargetContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetContracts($programmeId: ID!) {\n    targetContracts(programmeId: $programmeId) {\n      id programmeId reference title supplier serviceId serviceName annualValuePence wholeLifeValuePence\n      startDate endDate risk vfmConcern vfmNote contractManagerPostId contractManagerPostReference kpisSet exempt\n      tier revision\n      procurementActDuties {\n        applies reason ruleVersion\n        kpis { required minimum set met }\n        performanceNotices { dueDate kind overdue }\n      }\n    }\n  }\n"): typeof import('./graphql').TargetContractsDocument;
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
export function graphql(source: "\n  query FteDeals($programmeId: ID!) {\n    fteDeals(programmeId: $programmeId) {\n      id programmeId serviceId serviceName status fte agreedFte offerFte awaiting rounds version lastActivityAt\n      budget { financialYear pence }\n    }\n  }\n"): typeof import('./graphql').FteDealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FteDeal($id: ID!) {\n    fteDeal(id: $id) {\n      id programmeId serviceId serviceName status fte agreedFte offerFte awaiting rounds version lastActivityAt\n      terms {\n        fte budgetTotalPence effectiveDate linkedChange rationale\n        sourcePosts { postId reference title fte postFte }\n        budget { financialYear pence }\n      }\n      offerTerms {\n        fte budgetTotalPence effectiveDate linkedChange rationale\n        sourcePosts { postId reference title fte postFte }\n        budget { financialYear pence }\n      }\n      history { side action sentence actorName actorRole reason at onBehalfOfService fte budgetTotal }\n    }\n  }\n"): typeof import('./graphql').FteDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealServicePosts($authorityId: ID!, $serviceId: ID!) {\n    posts(authorityId: $authorityId, serviceId: $serviceId) { id reference title fte vacant }\n  }\n"): typeof import('./graphql').DealServicePostsDocument;
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
export function graphql(source: "\n  query ContractManagementDefinition($programmeId: ID!) {\n    contractManagementDefinition(programmeId: $programmeId) {\n      programmeId version text\n      agreements { stakeholderName stakeholderRole }\n      versions { version text agreements { stakeholderName stakeholderRole } }\n    }\n  }\n"): typeof import('./graphql').ContractManagementDefinitionDocument;
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
export function graphql(source: "\n  mutation AddDesignPost($input: AddDesignPostInput!) {\n    addDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n"): typeof import('./graphql').AddDesignPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseDesignOption($input: ChooseDesignOptionInput!) {\n    chooseDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }\n  }\n"): typeof import('./graphql').ChooseDesignOptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FunctionDesign($programmeId: ID!) {\n    functionDesign(programmeId: $programmeId) {\n      programmeId chosenOptionId chosenReason revision\n      options {\n        id name description chosen layers\n        checks { rule message designPostId }\n        totals { posts fte indicativeCostPence }\n        orgChart { designPostId title grade fte layer reportsTo directReports }\n        posts { id title grade fte reportsTo responsibilities jdReference indicativeCostPence }\n      }\n    }\n  }\n"): typeof import('./graphql').FunctionDesignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareDesignOptions($programmeId: ID!) {\n    compareDesignOptions(programmeId: $programmeId) { optionId name chosen posts fte indicativeCostPence checks }\n  }\n"): typeof import('./graphql').CompareDesignOptionsDocument;
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
export function graphql(source: "\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) { id reference }\n  }\n"): typeof import('./graphql').AddPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstablishmentAuthorities {\n    authorities { id name kind services { id } }\n  }\n"): typeof import('./graphql').EstablishmentAuthoritiesDocument;
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
export function graphql(source: "\n  query FundingPosition($programmeId: ID!) {\n    fundingPosition(programmeId: $programmeId) {\n      programmeId agreedFte pipelineFte neededFte gapFte needSource\n      byYear { financialYear agreedPence pipelinePence neededPence gapPence }\n    }\n  }\n"): typeof import('./graphql').FundingPositionDocument;
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
export function graphql(source: "\n  query Programmes($authorityId: ID) {\n    programmes(authorityId: $authorityId) { id authorityId name objective stage startedOn }\n    authorities { id name }\n  }\n"): typeof import('./graphql').ProgrammesDocument;
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
export function graphql(source: "\n  query TransitionMap($programmeId: ID!, $authorityId: ID!) {\n    transitionMap(programmeId: $programmeId) {\n      programmeId chosenOptionId\n      asIs {\n        postId reference title serviceId grade fte vacant inEstablishment outcome designPostId route poolId dealId\n        redeployment { toDescription priorityInterview }\n        trial { designPostId startDate endDate extendedByWrittenAgreement }\n        payProtection { protectedGrade startDate endDate }\n        history { type reason at by effectiveDate designPostId }\n      }\n      toBe { designPostId title grade fte filledFte unfilledFte sources { postId reference fte how } }\n      pools { id name postIds designPostIds }\n    }\n    posts(authorityId: $authorityId) { id serviceName postholderRef }\n    fteDeals(programmeId: $programmeId) { id serviceId serviceName status }\n  }\n"): typeof import('./graphql').TransitionMapDocument;
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
export function graphql(source: "\n  query ProgrammeWorkspace {\n    programmes { id authorityId name stage startedOn }\n    authorities { id name services { id name } }\n  }\n"): typeof import('./graphql').ProgrammeWorkspaceDocument;
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
