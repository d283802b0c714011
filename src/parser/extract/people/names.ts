// What a personal name looks like in IWPR's regions: first names common in
// Central Asia, the Caucasus, Russia and the Balkans (plus English ones for
// IWPR staff and foreign officials), and surname endings.

const names = (s: string) => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

export const MALE_FIRST_NAMES = names(`
abdulla abdullah abdurahman abdurakhmon adil adilet akbar akhmed akmal alexander alexandr alexei alexey aleksei aleksandr
ali alibek alikhan alisher almaz almas altynbek amir anatoly andrei andrey anton arkady armen arman arsen arslan artur
askar askhat azamat azat bakhtiyar bakyt batyr baurzhan beibut bekzhan bolat boris bakhodir bahodir daniyar danil davron
david dilshod dmitry dmitri dmitriy dzhumabek edil elbek emil emomali erlan erzhan ermek eldar farhod farkhod farid
fyodor gennady georgy giorgi gia grigory hamid hasan hassan ibragim ibrahim igor ilham ilya islam ismail ivan izzat jamshid
kairat kanat karim kamil kemal konstantin kurmanbek kuanysh marat maksim maxim mikhail mirzo mukhtar murat musa
nikolai nikolay nurlan nursultan oleg pavel petr pyotr rakhmon ramazan rashid ravshan renat roman ruslan rustam
sanjar saparmurat sergei sergey serik shukhrat shavkat sultan talgat tahir temir temirbek timur ulan ulugbek vadim
valery vasily viktor victor vitaly vladimir vladislav yakov yerlan yevgeny yevgeni evgeny yury yuri zafar zhanibek
zurab levan nika mikheil vakhtang tengiz irakli zviad shota gocha ashot levon serzh robert samvel vazgen gagik tigran
aram hovik ilgar elchin rasul vugar mammad heydar aliyev ramiz fuad novruz
slobodan zoran goran dragan milan milorad milos nenad dusan ivica zeljko miroslav radovan ratko vojislav momcilo
franjo stjepan ante mile hashim ibrahim agim fatmir ramush bajram enver sali edi ljubco branko nikola vladimir
ilir behar besnik lulzim nexhat visar arben agron fatos driton blerim shpend artan burim ermal genc kujtim
mentor naim rexhep shkelzen valon xhevdet bujar adem ardian edmond gentian
john james david michael peter paul mark richard robert thomas william george charles tony alan mike chris steve
`);

export const FEMALE_FIRST_NAMES = names(`
aida aigul aizhan aigerim ainura aliya alia alla alma anara anastasia anna asel asiya aysulu bakhyt biyagul
dilbar dilnoza dinara elena elmira elvira evgenia feruza galina gulnara gulmira gulnora gulzhan indira inna
irina jamila kamila karlygash kseniya ksenia lola lyudmila larisa lyubov madina malika margarita maria marina
mariya marzhan mavluda mukhabbat natalya natalia nadezhda nargiza nazira nigora nilufar nodira oksana olga
raisa rano roza rosa saida saltanat saule shakhnoza svetlana tamara tatiana tatyana umida valentina vera
victoria viktoria yelena yevgenia yulia zarina zaure zhanna zhibek zulfiya zukhra zemfira
nino tamar manana ketevan eka salome nana lali anahit armine gayane lilit susanna nune leyla leila sevinj aynur
lindita liridona qendresa valbona arta besa blerta drita flutura jeta teuta donika elira fjolla maja
jasmina mirjana vesna snezana ljiljana dragana natasa biljana emina amra vjosa mimoza
mary elizabeth sarah susan jane helen caroline margaret catherine kate anne emma laura rachel ruth
`);

/**
 * Surname endings of the region: Russian and Central Asian (-ov, -ev, -in and
 * their feminine forms, -sky/-skaya, -enko), Kazakh and Kyrgyz (-uly, -kyzy,
 * -bekov), Tajik (-zoda), Georgian (-shvili, -dze, -ia, -uri, -uli, -ava, -ua), Armenian (-yan, -ian), Azeri (-li,
 * -zade) and Balkan (-ic, -ović, -ić).
 */
const SURNAME_ENDING =
  /(?:ov|ova|ev|eva|yev|yeva|aev|aeva|in|ina|yn|yna|enko|ko|sky|ski|skiy|skaya|ska|uly|ulu|kyzy|qizi|shvili|dze|ia|uri|uli|ava|ua|yan|ian|ich|ic|ić|ović|vić|zade|zoda|li|lu|yuk|chuk|ets|eyev|iyev|iev|ieva|ovich|evich|ovna|evna)$/i;

/** Masculine surname forms: a feminine counterpart ends in -a. */
const FEMININE_SURNAME = /(?:ova|eva|ina|yna|skaya|kyzy|qizi|ovna|evna|aya)$/i;
const MASCULINE_SURNAME = /(?:ov|ev|in|yn|sky|skiy|uly|ulu|ovich|evich)$/i;

export function hasSurnameShape(word: string): boolean {
  return word.length >= 4 && SURNAME_ENDING.test(word);
}

export function isKnownFirstName(word: string): boolean {
  const w = word.toLowerCase();
  return MALE_FIRST_NAMES.has(w) || FEMALE_FIRST_NAMES.has(w);
}

/** Gender from the first name, else from the surname ending; null when neither tells. */
export function genderOfName(tokens: readonly string[]): "female" | "male" | null {
  const first = tokens[0]?.toLowerCase() ?? "";
  if (tokens.length > 1 || FEMALE_FIRST_NAMES.has(first) || MALE_FIRST_NAMES.has(first)) {
    if (FEMALE_FIRST_NAMES.has(first) && !MALE_FIRST_NAMES.has(first)) return "female";
    if (MALE_FIRST_NAMES.has(first) && !FEMALE_FIRST_NAMES.has(first)) return "male";
  }
  const last = tokens[tokens.length - 1] ?? "";
  if (FEMININE_SURNAME.test(last)) return "female";
  if (MASCULINE_SURNAME.test(last)) return "male";
  return null;
}
