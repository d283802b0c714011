// Sentence templates for synthetic bulletins. Slots: {country} {adj} {town}
// {town2} {region} {noun} {year} {month} {org}. Apostrophes are written
// curly (’) and straightened for the years that used straight quotes.
// Quotations are first-person speech without their quotation marks; the
// generator adds the marks and the attribution.

export interface Topic {
  key: string;
  headlines: string[];
  summaries: string[];
  leads: string[];
  narrative: string[];
  quotes: string[];
  /** Fragments quoted inside a sentence: `said the state should “…”.` */
  partials: string[];
  /** Single terms in quotation marks that are not quotations. */
  scare: Array<[before: string, term: string, after: string]>;
  /** Counted things for statistics: `7,229 {noun}`. */
  nouns: string[];
  roles: string[];
  orgKinds: string[];
}

export const TOPICS: Topic[] = [
  {
    key: "jobs",
    headlines: ["{adj} TOWNS HIT BY FACTORY CLOSURES", "JOBLESS YOUTH DRIFT TO {town}", "{town} WORKERS FEAR FOR THEIR JOBS", "LAY-OFFS SPREAD ACROSS {country}"],
    summaries: ["Analysts warn that a wave of closures could push thousands into poverty.", "Residents say they have no choice but to leave in search of work.", "Officials insist the crisis is under control, but workers tell a different story."],
    leads: ["The closure of the main employer in {town} has left hundreds of families without an income and many wondering whether to leave for good.", "A string of factory closures across {country} is forcing workers to move to the cities, analysts say."],
    narrative: ["Many of those laid off say they were given no warning and have not received the wages they are owed.", "The local administration has promised to create new jobs, but residents say they have seen little evidence of this.", "Small traders in the town market report that sales have fallen sharply since the plant shut down.", "Some families have sent their sons to look for work abroad, relying on the money they send home.", "The management of the plant declined to comment on the lay-offs.", "Trade unions have organised several meetings, but say they have little power to influence events."],
    quotes: ["There is no work here any more, and our children have gone to the city to look for jobs.", "We were told the plant would reopen in the spring, but nobody believes that now.", "I worked at the factory all my life, and now I sell vegetables at the bazaar to feed my family.", "The authorities need to stop pretending that everything is fine and start helping people.", "If nothing changes by the autumn, half the town will have left.", "We have written to every ministry, and not one of them has answered us.", "Young people see no future here, so they leave as soon as they finish school."],
    partials: ["do more for those who have lost everything", "stop the exodus before it is too late", "look beyond the big cities"],
    scare: [["some staff were put on", "voluntary", "leave without pay"], ["the plant now employs only", "temporary", "staff"]],
    nouns: ["workers", "people", "families", "employees", "jobs"],
    roles: ["deputy labour minister", "head of the regional employment office", "trade union leader"],
    orgKinds: ["Employment Centre", "Workers’ Union", "Business Association"],
  },
  {
    key: "health",
    headlines: ["HOSPITALS SHORT OF DOCTORS IN {region}", "{town} CLINICS STRUGGLE WITH OUTBREAK", "PATIENTS PAY FOR “FREE” HEALTHCARE"],
    summaries: ["Doctors say they lack basic drugs and equipment as patient numbers rise.", "Health officials deny there is a crisis, but medics on the ground disagree."],
    leads: ["Hospitals in {town} are struggling to cope with a rise in patients, as doctors leave for better paid jobs in the capital.", "Health workers in {region} say the state system is close to collapse, with many clinics lacking even basic medicines."],
    narrative: ["Patients routinely bring their own bedding, food and medicines when they are admitted to hospital.", "Many young doctors have moved abroad, and rural clinics are often staffed by a single nurse.", "The health ministry says new equipment has been ordered, but could not say when it would arrive.", "Relatives of patients say informal payments to staff are now expected for almost every procedure."],
    quotes: ["We have no syringes, no bandages and sometimes no electricity, but we still have to treat people.", "My mother waited three days for an operation because the surgeon wanted to be paid first.", "The ministry keeps sending us forms to fill in, but it never sends us medicines.", "Most of my colleagues have left, and I am thinking of going too.", "People come to us only when it is too late, because they cannot afford to travel to the city."],
    partials: ["restore trust in the public health system", "pay doctors a living wage"],
    scare: [["patients are asked for", "gifts", "before treatment"], ["the so-called", "free", "clinics charge for every visit"]],
    nouns: ["patients", "doctors", "nurses", "cases", "children"],
    roles: ["deputy health minister", "chief doctor of the regional hospital", "head of the district health department"],
    orgKinds: ["Medical Association", "Health Institute", "Patients’ Rights Centre"],
  },
  {
    key: "water",
    headlines: ["WATER SHORTAGES THREATEN {region} HARVEST", "FARMERS IN {town} FIGHT OVER WATER", "DRY SUMMER FUELS BORDER TENSION"],
    summaries: ["Farmers say irrigation channels have run dry as neighbours blame each other.", "Experts warn that water disputes could turn violent unless governments act."],
    leads: ["Farmers around {town} say their fields have been without irrigation water for weeks, putting this year’s harvest at risk.", "A long dispute over water in {region} has flared up again as the summer heat sets in."],
    narrative: ["Irrigation canals built in Soviet times are badly silted and leak much of the water they carry.", "Villagers downstream accuse those upstream of diverting water to their own fields at night.", "Officials from both sides met last month but failed to agree on a new schedule for water releases.", "Some farmers have switched from cotton to wheat, which needs less water but earns them less."],
    quotes: ["Without water we have nothing, and the melons are already drying in the fields.", "Every year we are promised that the canal will be repaired, and every year nothing happens.", "We cannot go on like this, because the next quarrel over water could end in bloodshed.", "The water comes for two hours at night, and we all run to our fields with shovels."],
    partials: ["share the river fairly", "act before the next dry season"],
    scare: [["the two sides agreed a", "temporary", "schedule that nobody follows"]],
    nouns: ["hectares", "farmers", "households", "villages", "tonnes"],
    roles: ["water resources minister", "head of the irrigation authority", "agricultural expert"],
    orgKinds: ["Water Users’ Association", "Farmers’ Union", "Agrarian Institute"],
  },
  {
    key: "elections",
    headlines: ["OPPOSITION CRIES FOUL AFTER {country} VOTE", "{town} CANDIDATES COMPLAIN OF PRESSURE", "CAMPAIGN OPENS AMID CLAMPDOWN"],
    summaries: ["Observers report ballot stuffing and pressure on state employees to vote.", "The authorities say the campaign is fair, but opposition parties say they are being shut out."],
    leads: ["Opposition parties in {country} say the election campaign has been marred by intimidation of their candidates and supporters.", "Voters in {town} went to the polls on Sunday amid reports of ballot stuffing and pressure on public sector workers."],
    narrative: ["Teachers and doctors say their managers told them to vote and to bring proof that they had done so.", "International observers said the vote fell short of democratic standards in several respects.", "State television gave the ruling party several hours of airtime, while opposition candidates had a few minutes each.", "The central election commission rejected all complaints, saying they were not backed by evidence."],
    quotes: ["We were told that if we did not vote, we would lose our jobs.", "Our observers were thrown out of the polling stations before the count began.", "This election was decided long before anybody went to vote.", "The people are tired of promises, and they will not forgive another stolen vote.", "We will go to court, but we do not expect the courts to be independent."],
    partials: ["respect the will of the voters", "allow the opposition a fair hearing", "count every ballot openly"],
    scare: [["several", "independent", "candidates turned out to be government officials"], ["the ballot boxes were described as", "sealed", "even though they were open"]],
    nouns: ["voters", "candidates", "polling stations", "ballots", "complaints"],
    roles: ["head of the central election commission", "opposition leader", "election observer"],
    orgKinds: ["Election Monitoring Coalition", "Democracy Foundation", "Civic Initiative"],
  },
  {
    key: "migration",
    headlines: ["MIGRANTS SEND MONEY HOME AS CRISIS BITES", "{town} VILLAGES EMPTIED BY LABOUR MIGRATION", "RETURNING MIGRANTS FIND NO WORK"],
    summaries: ["Families depend on money sent from abroad, but remittances are falling.", "Thousands of migrant workers are coming home to find there are no jobs for them."],
    leads: ["In villages around {town}, almost every family has at least one member working abroad.", "Migrant workers returning to {country} say they are coming back to towns with no jobs and few services."],
    narrative: ["Most migrants work on building sites or in markets, often without contracts or proper documents.", "Remittances are thought to make up a large share of the national economy.", "Women and old people now run many of the farms, while the men work abroad.", "Those who return often find that their savings do not last long at home."],
    quotes: ["My husband has been in Russia for four years, and we see him only once a year.", "The money he sends pays for school, food and medicine, and without it we would starve.", "I came back because there was no work there either, but there is nothing for me here.", "We live from one transfer to the next, and every month it gets harder."],
    partials: ["create jobs at home instead of exporting people", "protect citizens working abroad"],
    scare: [["many work for", "agencies", "that take half their wages"]],
    nouns: ["migrants", "people", "families", "workers", "men"],
    roles: ["head of the migration service", "deputy labour minister", "migration expert"],
    orgKinds: ["Migrants’ Support Centre", "Migration Research Institute", "Labour Rights Forum"],
  },
  {
    key: "media",
    headlines: ["JOURNALISTS UNDER PRESSURE IN {country}", "{town} NEWSPAPER FORCED TO CLOSE", "WEBSITES BLOCKED AHEAD OF PROTEST"],
    summaries: ["Reporters say they face lawsuits, tax inspections and threats for critical coverage.", "Media rights groups say the closure is part of a wider campaign against independent reporting."],
    leads: ["An independent newspaper in {town} has stopped printing after a court ordered it to pay damages to a local official.", "Journalists in {country} say they are facing growing pressure as the authorities tighten control over the media."],
    narrative: ["The editor was summoned by prosecutors three times in a month and questioned about the paper’s sources.", "Several websites carrying opposition views have been inaccessible for weeks.", "Printing houses have refused to print the paper, saying they fear trouble with the tax police.", "Media freedom groups have called on the government to drop the charges."],
    quotes: ["Every article we publish about the local administration brings a new lawsuit.", "They do not need to close us down openly, because the tax inspectors do it for them.", "Our reporters are followed, and their families receive anonymous phone calls.", "I have been a journalist for twenty years, and it has never been this bad."],
    partials: ["stop harassing independent reporters", "decriminalise libel"],
    scare: [["the paper was accused of publishing", "extremist", "material"], ["officials described the blocking as", "technical", "problems"]],
    nouns: ["journalists", "newspapers", "websites", "cases", "copies"],
    roles: ["head of the journalists’ union", "media rights activist", "editor-in-chief"],
    orgKinds: ["Media Centre", "Journalists’ Union", "Press Freedom Foundation"],
  },
  {
    key: "energy",
    headlines: ["WINTER POWER CUTS LEAVE {town} IN THE DARK", "GAS PRICE ROW HITS HOUSEHOLDS", "PIPELINE PLAN DIVIDES {country}"],
    summaries: ["Residents say they get electricity for only a few hours a day as temperatures fall.", "The government says higher tariffs are unavoidable, but many families cannot pay."],
    leads: ["Residents of {town} are preparing for another winter of power cuts, with electricity supplied for only a few hours each day.", "A sharp rise in gas and electricity prices has angered households across {country}."],
    narrative: ["Many families have gone back to heating their homes with wood and coal.", "The energy company blames unpaid bills and ageing equipment for the shortages.", "Hospitals and schools have been given priority, but they too report frequent outages.", "The government has promised to build new power stations, though funding has not yet been found."],
    quotes: ["We get light for two hours in the morning and two in the evening, and the rest of the time we sit in the dark.", "My pension does not even cover the electricity bill, let alone food.", "Every winter they tell us it will be the last one like this.", "The children do their homework by candlelight, as if we were living a hundred years ago."],
    partials: ["protect the poorest from higher tariffs", "invest in the grid rather than in monuments"],
    scare: [["officials call the cuts", "scheduled", "outages"]],
    nouns: ["households", "homes", "kilowatt hours", "villages", "customers"],
    roles: ["energy minister", "head of the state power company", "energy analyst"],
    orgKinds: ["Energy Institute", "Consumer Rights Society", "Power Workers’ Union"],
  },
  {
    key: "justice",
    headlines: ["WAR CRIMES SUSPECT FACES TRIAL IN {town}", "RETURNEES FIND HOMES OCCUPIED", "COURT CASE TESTS POLICE REFORM"],
    summaries: ["Victims’ families say they have waited years for the case to come to court.", "Human rights groups say the trial will show whether the courts are independent."],
    leads: ["The trial of a former police commander accused of abuses in {town} opened this week, years after the events in question.", "Families who fled {town} during the conflict say they still cannot return to their homes."],
    narrative: ["Witnesses say they have been approached by people urging them not to testify.", "The defence argues that the accused was only following orders.", "Many of those who fled now live in collective centres with little hope of returning.", "Prosecutors say they have gathered new evidence, including documents from police archives."],
    quotes: ["I want the people who did this to look me in the eye in court.", "We have been waiting for justice for so long that many witnesses have already died.", "Our house is still standing, but another family lives in it and the police do nothing.", "The courts are slow, but this case shows that nobody is above the law."],
    partials: ["protect witnesses from intimidation", "bring all those responsible to justice"],
    scare: [["the detention centre was officially a", "reception", "centre"], ["the killings were described at the time as", "clashes", "between armed groups"]],
    nouns: ["witnesses", "people", "families", "cases", "refugees"],
    roles: ["chief prosecutor", "human rights ombudsman", "defence lawyer"],
    orgKinds: ["Humanitarian Law Centre", "Victims’ Association", "Helsinki Committee"],
  },
];

/** Narrative sentences any topic may use. */
export const GENERIC_NARRATIVE = [
  "The issue has been widely discussed in the local press, though officials have said little in public.",
  "Similar problems have been reported in other parts of {country}.",
  "The government has set up a working group to look into the matter, but it has yet to report.",
  "Analysts say the problem has been building for years and was made worse by the economic downturn.",
  "Residents interviewed by IWPR said they had little faith in official promises.",
  "The situation is particularly difficult in rural areas, where alternatives are few.",
  "Officials in {town} declined to answer questions on the subject.",
  "Local non-government organisations have tried to fill the gap, but say their resources are limited.",
  "According to the {org}, the official figures understate the scale of the problem.",
  "The matter was raised in parliament in {month}, but no decision was taken.",
  "Critics say the authorities are more interested in appearances than in solving the problem.",
  "The story is much the same in {town2}, a few hours’ drive away.",
];

/** Quotations any topic may use. */
export const GENERIC_QUOTES = [
  "Nobody asks ordinary people what they think, and then they are surprised when people get angry.",
  "The government has the money, but it does not have the will to spend it where it is needed.",
  "We are not asking for much, only that the law is applied to everyone equally.",
  "I think things will get worse before they get better.",
  "Everyone knows what the problem is, but nobody wants to take responsibility for it.",
  "What we need is a proper plan, not another round of slogans.",
  "We have heard these promises before, and we will believe them when we see the results.",
  "It is not only about money, it is about respect for people.",
  "If the authorities listened to the experts, we would not be in this situation.",
  "There is still time to fix this, but not much.",
];

/** Paragraph-opening phrases that put `From` at the start of a line (mbox escaping). */
export const FROM_OPENERS = [
  "From the point of view of ordinary people, {surname} said,",
  "From what he has seen in {town}, {surname} said,",
  "From her own experience, {surname} said,",
  "From a legal perspective, {surname} said,",
];

/** Anonymous sources, with the keyword a perfect parser's speaker description contains. */
export const ANONYMOUS: Array<[description: string, keyword: string]> = [
  ["a market trader who asked not to be named", "trader"],
  ["a teacher who did not want to give her name", "teacher"],
  ["a police officer speaking on condition of anonymity", "officer"],
  ["a taxi driver who had worked in the town for twenty years", "driver"],
  ["an official who asked to remain anonymous", "official"],
  ["a nurse at the district hospital who declined to be named", "nurse"],
  ["a farmer who gave only his first name for fear of reprisals", "farmer"],
  ["a pensioner waiting outside the local administration building", "pensioner"],
];

/** Ordinary people introduced by description: `local man X`, `X, a teacher from Osh`. */
export const PLAIN_ROLES_BEFORE = ["local man", "local resident", "pensioner", "shopkeeper", "farmer", "student"];
export const PLAIN_ROLES_AFTER = ["a teacher from {town}", "a shop owner in {town}", "a former engineer at the plant", "a mother of three", "who lives in {town}", "a doctor in {town}"];
/** Experts, introduced `political analyst X` or `X, director of the Y`. */
export const EXPERT_TITLES = ["political analyst", "economist", "sociologist", "independent analyst", "lawyer"];
export const ORG_HEAD_ROLES = ["director of the", "head of the", "chairman of the", "an expert with the", "deputy director of the"];
export const ORG_PREFIXES = ["Independent", "Regional", "National", "Civic", "Open Society", "Strategic"];

/** Government titles placed before a name: `Deputy Health Minister X`. */
export const MINISTRIES = ["Health", "Education", "Labour", "Interior", "Foreign", "Economy", "Agriculture", "Justice", "Finance", "Energy"];

export const SECTION_HEADERS = ["SPECIAL REPORT", "COMMENT:", "ANALYSIS", "{ADJ} ELECTION UPDATES {year}", "NEWS IN BRIEF"];

/** One-line news briefs of the CRS `CAUCASUS NEWS UPDATE` block. */
export const NEWS_BRIEFS = [
  "Police in {town} detained {n} people after a protest outside the local administration.",
  "The parliament approved a new law on public assembly after a short debate.",
  "Officials in {town} announced the reopening of the road to {town2} after repairs.",
  "A court in {town} sentenced a former official to {n} years in prison for bribe-taking.",
  "The government said it would raise pensions from next month.",
  "Flooding damaged homes in villages near {town}, the emergencies ministry said.",
  "Opposition activists held a rally in {town} calling for early elections.",
];

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
