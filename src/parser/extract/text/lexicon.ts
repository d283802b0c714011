// Small word lists for telling names from capitalised ordinary words. Kept
// short and general: frequent English words that start sentences or headline-
// style phrases, never names from any bulletin.

const words = (s: string) => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

/**
 * Frequent English words. A capitalised one at the front of a run is an
 * ordinary word at a sentence start ("Meanwhile Nazarbaev…", "Last week…"),
 * not part of a name.
 */
export const COMMON_WORDS = words(`
a about above according across after afterwards again against all almost along already also although always
among an and another any anyone anything are around as at away back be because been before behind being
below besides between beyond both but by can cannot could despite did do does doing done down during each
either else even ever every everyone everything except few for from further had has have having he her here
hers herself him himself his how however i if in inside instead into is it its itself just last later least
less like many may me meanwhile might more moreover most much must my myself near neither never nevertheless
next no nobody none nor not nothing now nowhere of off often on once one only onto or other others otherwise
our ours out outside over own per perhaps rather same several she should since so some somebody someone
something sometimes soon still such than that the their theirs them themselves then there therefore these
they this those though through throughout thus to today together tomorrow too toward towards under unless
until up upon us very via was we well were what whatever when whenever where whereas wherever whether which
while who whoever whole whom whose why will with within without would yesterday yet you your yours
first second third fourth fifth new old young big small large great good bad high low long short early late
recent recently local national international official officials unofficial public private political
economic social military financial industrial central northern southern eastern western north south east
west upper lower greater former current main major minor senior junior chief general special several various
other another many most some such certain particular real true full half further extra additional
analysts analyst experts expert observers observer critics residents locals workers staff people officials
sources source journalists reporters police troops soldiers government authorities activists
opposition parliament ministry ministries army president minister deputy head director spokesman
man woman men women child children family families mother father son daughter wife husband friend friends
city town village country region province district capital state nation world republic
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
yes no not please thank thanks dear mr mrs ms dr
despite given following including regarding concerning asked told said says added according speaking
rising falling growing
`);

/** Words for peoples and languages: capitalised, but adjectives, never names or places. */
export const NATIONALITY_WORDS = words(`
kazak kazakh kazaks kazakhs kyrgyz kirgiz tajik tadjik uzbek turkmen afghan russian russians soviet
georgian armenian azeri azerbaijani chechen ingush ossetian abkhaz dagestani serb serbian croat croatian
bosnian bosniak albanian kosovar macedonian montenegrin slovene slovenian bulgarian greek turkish iranian
persian chinese american british english european asian african arab western eastern islamic muslim
christian orthodox catholic jewish ukrainian belarusian mongolian pakistani indian uighur uyghur karakalpak
`);

/**
 * Nouns for goods, needs and ideas that reports put at the head of a sentence or
 * a slogan ("Bread prices doubled", "Water is scarce", "Hope faded"). GeoNames has
 * a village for many of them, so a capitalised one is a place only where the
 * text says so ("in Water", "the village of Hope"). Not a list of names: it is
 * English vocabulary, kept to the topics these reports cover.
 */
export const COMMON_NOUNS = words(`
bread flour wheat grain sugar salt meat milk rice cotton tea fruit vegetables food fuel petrol diesel coal gas oil
water electricity power heating light energy land soil harvest crops livestock cattle sheep gold silver copper
money cash salary salaries wages pensions prices price rent debt credit loans aid help work jobs labour trade
business market goods transport roads road rail border borders customs visa visas passports school schools
education health medicine hospital hospitals housing homes home houses shelter snow rain ice frost drought
flood floods fire earthquake hope peace war freedom justice truth unity victory order progress dignity faith
fear anger life death love trust honour honor glory friendship independence democracy revival renaissance
spring summer autumn winter morning evening night dawn sunrise sunset
`);
