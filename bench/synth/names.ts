// Name lists for synthetic bulletins, per nationality, in the romanisations
// IWPR used (several spellings coexist across years: -aev/-ayev, kh/h).
// All combinations are made up; only the heads of state in LEADERS are real
// public figures, as they appear in real bulletins of their years.

export type Nationality =
  | "kazakh" | "kyrgyz" | "tajik" | "uzbek" | "turkmen" | "russian"
  | "georgian" | "armenian" | "azerbaijani"
  | "serbian" | "bosnian" | "albanian" | "croatian";

/** Foreigners quoted in regional stories: their names follow none of the region's patterns. */
export type ForeignOrigin = "western" | "turkish" | "chechen" | "afghan" | "persian";

export interface NameList {
  male: readonly string[];
  female: readonly string[];
  /** Masculine form; feminine() derives the wife's or daughter's form. */
  surnames: readonly string[];
}

const w = (s: string): string[] => s.trim().split(/\s+/);

export const NAMES: Record<Nationality, NameList> = {
  kazakh: {
    male: w(`Askar Yerlan Daulet Nurlan Serik Bakhyt Marat Yerzhan Kanat Aidos Berik Talgat Zhanibek Arman Dauren
      Ermek Galym Murat Nurbol Sanzhar Timur Bolat Dosym Rustem Azamat Kairat Almas Nurzhan Yerbol Aslan Beibut
      Zhandos Olzhas Sayat Temirlan Ulan Zhasulan Amangeldy Baurzhan Yermek Abai`),
    female: w(`Aigul Saule Gulnara Dinara Zhanar Aliya Asel Madina Aizhan Bota Gaukhar Kamila Lyazzat Meruert Nazgul
      Raushan Sholpan Togzhan Zarina Aruzhan Indira Karlygash Moldir Zhuldyz Ainur Bibigul Dana Gulmira Akmaral
      Symbat Ulzhan Akerke Ardak Botagoz Dariga Elmira Gulzhan Kuralai Laura Saltanat`),
    surnames: w(`Nurpeisov Sarybaev Temirov Zhakenov Abenov Akhmetov Baimukhanov Dzhaksybekov Yessenov Ibraev Kaliev
      Mukhamedov Nurlanov Omarov Rakhimov Sadykov Tokaev Utembaev Zhumabaev Abdrakhmanov Alimbetov Baitasov
      Dosanov Yerzhanov Iskakov Kasymov Kenzhebaev Mamyrov Nesipbaev Ospanov Seitkaliev Tulegenov Uteshev
      Zhunusov Amirov Bekmukhametov Duisenov Kuanyshev Sarsenbaev Tasmagambetov Zhylkybaev Karimbaev`),
  },
  kyrgyz: {
    male: w(`Almazbek Bakyt Kubanychbek Nurlan Azamat Bolot Chyngyz Daniyar Emil Jyrgalbek Kanybek Melis Nurbek
      Omurbek Ruslan Sooronbay Tilek Ulan Zamir Adilet Akylbek Asylbek Beishenbek Dastan Erkin Kadyrbek Kylychbek
      Maksat Nurdin Ryskeldi Sadyr Temir Topchubek Urmat Zhanybek Aibek Askarbek Bektur Kubat Marlen`),
    female: w(`Aida Ainura Asel Bermet Cholpon Elmira Gulnara Jamilya Kalys Meerim Nazira Roza Saikal Tolkun Venera
      Aigerim Aizada Altynai Begaiym Burul Damira Eliza Gulzat Jyldyz Kanykei Mira Nurgul Salkyn Tattybubu Zhyldyz
      Aichurek Asylkan Baktygul Chynara Dilbar Gulbara Kunduz Mairam Taalaigul Umut`),
    surnames: w(`Akaev Bakiev Otunbaev Tekebaev Atambaev Beknazarov Jeenbekov Sariev Usenov Kulov Madumarov Omurbekov
      Tashiev Sadyrbaev Abdyldaev Alymbekov Baisalov Chotonov Duishenbiev Eshimkanov Isakov Jumaliev Kadyrov
      Karabaev Kasymaliev Kulmatov Mamytov Moldokulov Nurmatov Osmonaliev Sydykov Toktogulov Turgunbaev Usubaliev
      Zhumagulov Asanov Bolotbekov Imanaliev Kenenbaev Myrzakmatov`),
  },
  tajik: {
    male: w(`Abdullo Rustam Faridun Sharif Davlat Jamshed Khurshed Mahmadruzi Nuriddin Saidali Umed Zafar Bakhtiyor
      Dilshod Firuz Ismoil Kurbon Muhammad Nazrullo Rahmatullo Saidjon Shodi Alisher Bahrom Dostali Ghulom Hikmatullo
      Jurabek Khairullo Mirzo Nasim Parviz Qodir Sanginmurod Sherali Sunatullo Tohir Yusuf Zarif Anvar`),
    female: w(`Dilbar Farzona Gulchehra Malika Mavluda Nigina Parvina Rukhshona Saodat Shahlo Tahmina Zarina Firuza
      Gulnora Manizha Muhabbat Nodira Oisha Sabohat Shoira Zulaikho Bibisoro Dilafruz Gavhar Khursheda Lola Mehrinisso
      Munira Nargis Rano Sitora Tojinisso Umeda Zebo Farangis Guljahon Jamila Mohira Nasiba Sanobar`),
    surnames: w(`Rahmonov Nazriev Rakhimov Saidov Kurbonov Sharipov Davlatov Karimov Mirzoev Nurov Safarov Umarov
      Usmonov Zoirov Abdulloev Boboev Faizulloev Gafurov Hakimov Ismoilov Jonov Khudoyorov Latifov Muhiddinov
      Nabiev Odinaev Qodirov Rahimzoda Sattorov Sharifzoda Sulaimonov Tursunzoda Vohidov Yusufov Zukhurov Alimardonov
      Bobojonov Davlatzoda Ikromov Khojaev`),
  },
  uzbek: {
    male: w(`Akmal Alisher Anvar Bakhodir Dilshod Farrukh Jakhongir Jamshid Kamoliddin Mirzo Nodir Otabek Rustam
      Sanjar Sherzod Shukhrat Timur Ulugbek Zafar Abdurakhmon Bekzod Davron Erkin Fakhriddin Ikrom Jasur Khurshid
      Mansur Mukhammad Nosir Olim Pulat Rakhim Sardor Tohir Umid Valijon Yusuf Zokir Azizbek`),
    female: w(`Dilnoza Feruza Gulnora Kamola Lola Malika Mukhabbat Nilufar Nodira Saida Shakhnoza Umida Zulfiya
      Barno Dildora Gavkhar Iroda Kumush Mokhira Nargiza Oygul Robiya Sevara Shahlo Tamara Yulduz Zarina Aziza
      Diyora Farida Guli Khilola Madina Mastura Nasiba Ozoda Sabina Sanobar Tursunoy Vasila`),
    surnames: w(`Karimov Yuldashev Mirziyoev Azimov Inoyatov Rashidov Usmanov Abdullaev Alimov Begmatov Ergashev
      Fayzullaev Ganiev Khodjaev Ismailov Jurayev Kamilov Latipov Makhmudov Nazirov Nurmatov Obidov Pulatov
      Rakhmonov Saidaliev Salimov Tashpulatov Turgunov Umarov Valiev Yusupov Zakhidov Akhmedov Boboev Djuraev
      Egamberdiev Fazilov Haydarov Mirzaev Sobirov`),
  },
  turkmen: {
    male: w(`Annamurat Atamurat Batyr Berdymukhamed Chary Dovlet Gurbanguly Hojamyrat Kakajan Myrat Nury Ovez
      Rejep Saparmurat Serdar Shamukhammet Tachberdi Yazmurat Amanmyrat Begench Dovran Gochmurat Ilyas Jumamurat
      Kurbanmurat Maksat Nurmuhammet Orazberdi Pirnazar Rahym Sahat Toyly Wepa Yagshy Allamurat Babamurat Charyyar
      Hudayberdi Mergen Ovezgeldi`),
    female: w(`Ogulgerek Annagul Bahar Bibi Gulshat Jeren Maral Ogulsapar Selbi Shirin Tavus Aynabat Bossan Enejan
      Gozel Gulnabat Jahan Lale Mahri Nabat Ogulbibi Ogulnabat Ogulshirin Sona Sulgun Ayna Dursun Gulbahar Jemal
      Kumush Merjen Nargul Ogulmaral Ogultach Sapargul Tazegul Yazgul Zuleyha Ayjemal`),
    surnames: w(`Niazov Berdymukhamedov Orazov Atayev Sahatmuradov Kuliev Annaev Charyev Durdyev Geldiev Hojaev Ishankuliev
      Jumaev Kakaev Mamedov Nurberdiev Ovezov Rejepov Saparov Tachmuradov Yazkuliev Amanov Babaev Gurbanov
      Hudaiberdiev Kurbanov Meredov Nazarmuradov Orazmuradov Pirliev Rakhmanov Shikhmuradov Tagiev Velmuradov Yagmurov
      Allaberdiev Begenchev Esenov Garayev Muradov`),
  },
  russian: {
    male: w(`Alexei Sergei Oleg Nikolai Ivan Vladimir Dmitry Andrei Mikhail Yury Viktor Pavel Igor Alexander Boris
      Gennady Konstantin Maxim Roman Stanislav Vadim Valery Vyacheslav Yevgeny Anatoly Arkady Denis Fyodor Grigory
      Ilya Kirill Leonid Nikita Pyotr Semyon Timofei Vasily Yaroslav Artyom Vitaly`),
    female: w(`Olga Marina Natalya Irina Tatyana Yelena Svetlana Lyudmila Anna Galina Valentina Vera Yulia Oksana
      Larisa Nadezhda Nina Tamara Zhanna Alla Anastasia Darya Ekaterina Inna Kseniya Lidiya Margarita Nelli Polina
      Raisa Sofia Taisiya Valeria Viktoria Yevgenia Zoya Alina Kristina Lilia Maria`),
    surnames: w(`Sidorenko Tarasov Mironov Vysotsky Polyakov Kuznetsov Morozov Volkov Sokolov Lebedev Kozlov
      Novikov Popov Vasiliev Petrov Smirnov Fyodorov Orlov Belov Zaitsev Grishin Kovalenko Tkachenko Melnik Bondarenko
      Lysenko Kravchenko Savchenko Ivanenko Frolov Gusev Yakovlev Zhukov Karpov Nikitin Pavlov Romanov Sorokin
      Titov Ustinov Khromov Kharitonov`),
  },
  georgian: {
    male: w(`Giorgi Davit Levan Zurab Nika Irakli Mamuka Tengiz Zaza Gela Gocha Koba Lasha Otar Paata Revaz Shota
      Tamaz Vakhtang Zviad Archil Badri Beka Dato Eldar Goga Jemal Kakha Merab Nodar Ramaz Sandro Temur Vano Bidzina
      Guram Ilia Mikheil Nugzar Teimuraz`),
    female: w(`Nino Tamar Ketevan Eka Maia Natia Salome Mariam Khatuna Lela Manana Nana Rusudan Sopho Tea Tinatin
      Ana Dali Eliso Irma Keti Lali Lia Medea Mzia Nanuli Nestan Shorena Tamta Tsira Tsitsino Eter Gvantsa Inga
      Khatia Lika Marina Nato Qetevan Zhuzhuna`),
    surnames: w(`Gogoladze Beridze Kapanadze Gelashvili Maisuradze Lomidze Tsiklauri Kvaratskhelia Japaridze Chikovani
      Abashidze Bakradze Chkheidze Dolidze Gabunia Iashvili Jorbenadze Kakhiani Khutsishvili Lortkipanidze Machavariani
      Nadiradze Okruashvili Papava Rukhadze Sichinava Tabatadze Tsereteli Usupashvili Vashakidze Zhvania Alasania
      Burjanadze Chanturia Gamkrelidze Jakeli Kobakhidze Mgaloblishvili Natelashvili Shengelia`),
  },
  armenian: {
    male: w(`Aram Armen Ashot Gagik Hovhannes Karen Levon Mher Narek Samvel Tigran Vahan Vardan Artak Arsen Davit
      Edgar Garegin Grigor Hayk Hrant Khachatur Manvel Nikol Raffi Ruben Sargis Sevak Stepan Suren Vazgen Artur
      Gevorg Hakob Harutyun Mikayel Norayr Serzh Tatul Vartan`),
    female: w(`Anahit Ani Arpi Astghik Gayane Hasmik Karine Lilit Mariam Nairi Narine Seda Siranush Tatevik Zaruhi
      Aghavni Anush Armine Emma Gohar Hripsime Inna Knarik Lusine Marine Nune Ruzanna Satenik Shushan Sona Susanna
      Taguhi Varduhi Yeva Zara Alvard Arevik Elmira Lala Mane`),
    surnames: w(`Petrosian Sargsian Hovhannisian Grigorian Avetisian Harutyunian Manukian Ghazarian Mkrtchian
      Vardanian Khachatrian Karapetian Abrahamian Babajanian Danielian Gasparian Hakobian Israelian Kocharian
      Martirosian Nazarian Oganesian Poghosian Sahakian Simonian Tadevosian Ter-Petrosian Yeghiazarian Zakarian
      Arzumanian Baghdasarian Davtian Galstian Hambardzumian Kirakosian Melkonian Movsisian Safarian Torosian Zohrabian`),
  },
  azerbaijani: {
    male: w(`Elchin Rauf Vugar Ilgar Anar Elnur Farid Ramiz Tofig Emin Fuad Habib Isa Kamran Mirza Natig Orkhan
      Rasul Samir Tural Vusal Zaur Akif Arif Bahruz Elshad Eldar Fikret Hikmet Ilham Jeyhun Khalid Mahir Nijat
      Polad Rovshan Sahib Teymur Vagif Yashar`),
    female: w(`Aygun Leyla Sevinj Gunel Nigar Sabina Aynur Khadija Lala Nargiz Rena Shahla Ulviyya Zarifa Afag Aida
      Arzu Aytan Durna Elmira Farida Gulnar Jamila Kamala Konul Malahat Mehriban Nailya Parvin Rahila Samira Sevda
      Sona Tarana Turkan Vafa Yegana Zemfira Zulfiyya Bahar`),
    surnames: w(`Aliev Mammadov Huseinov Guliev Ismailov Rzaev Abbasov Hasanov Jafarov Karimov Mamedov Mustafaev Najafov
      Orujov Rahimov Safarov Talibov Valiev Zeinalov Agaev Babaev Dadashov Efendiev Gasimov Heidarov Ibrahimov Jalilov
      Kazimov Mehdiev Nuriev Quliyev Rustamov Shirinov Tagiev Veliev Yusifov Asadov Bagirov Suleimanov Gadirov`),
  },
  serbian: {
    male: w(`Dragan Milan Nenad Zoran Goran Slobodan Vojislav Aleksandar Dejan Milos Nebojsa Predrag Srdjan Vladimir
      Bojan Branislav Dusan Ivan Jovan Marko Miodrag Miroslav Momcilo Nikola Ognjen Petar Radovan Ratko Sasa Stefan
      Tomislav Uros Velimir Vuk Zarko Zivojin Bogdan Djordje Lazar Mladen`),
    female: w(`Jelena Ivana Milica Dragana Snezana Vesna Biljana Natasa Gordana Jasmina Ljiljana Marija Mirjana
      Olivera Radmila Slavica Tatjana Vera Zorica Ana Branka Danijela Dusica Gorana Jovana Katarina Ljubica Maja
      Nada Nevena Ruzica Sanja Sladjana Suzana Svetlana Tijana Verica Vesna Zivka Bojana`),
    surnames: w(`Jovanovic Petrovic Nikolic Markovic Djordjevic Stojanovic Ilic Stankovic Pavlovic Milosevic Kostic
      Todorovic Zivkovic Popovic Lazic Mitrovic Radovanovic Simic Vasic Tomic Obradovic Kovacevic Lukic Arsic
      Bogdanovic Cvetkovic Dimitrijevic Filipovic Gavrilovic Ivanovic Jankovic Krstic Milenkovic Nedeljkovic
      Pesic Ristic Savic Trifunovic Vukovic Zdravkovic`),
  },
  bosnian: {
    male: w(`Haris Amir Edin Emir Adnan Kemal Mirsad Nermin Samir Senad Sead Alija Armin Dzevad Elvir Enes Fikret
      Hasan Ibrahim Izet Jasmin Kenan Mevludin Muhamed Mustafa Nedim Nihad Osman Refik Safet Sejfudin Suad Tarik
      Zlatan Adis Almir Asim Damir Ejub Faruk`),
    female: w(`Amra Azra Emina Lejla Selma Aida Alma Amela Belma Dzenana Edina Elma Fatima Hajra Jasmina Lamija
      Medina Mirsada Nermina Sabina Samira Sanela Senada Sevda Suada Zehra Adisa Aldijana Amina Bakira Dijana
      Esma Hana Ilma Kada Merima Minela Nadira Naida Ramiza`),
    surnames: w(`Hadzic Kovac Mujic Begic Delic Halilovic Hodzic Ibrahimovic Jusic Karic Mehmedovic Omerovic
      Salihovic Suljic Tahirovic Zukic Alic Basic Causevic Dzafic Fejzic Hasanovic Imamovic Kadric Licina Mahmutovic
      Music Nuhanovic Osmanovic Pasic Redzic Sehic Smajic Softic Spahic Terzic Turkovic Velic Zahirovic Becirevic`),
  },
  albanian: {
    male: w(`Agim Arben Bashkim Besnik Driton Fatmir Gezim Ilir Kujtim Luan Mentor Naim Petrit Shkelzen Valon Ardian
      Afrim Behar Blerim Dardan Enver Fadil Fisnik Hashim Ibrahim Jeton Kastriot Labinot Lulzim Mimoza Nexhat Ramush
      Sali Skender Taulant Visar Xhevdet Ylber Zef Hysen`),
    female: w(`Arta Blerta Drita Elira Fatime Flutura Gentiana Hana Jehona Kaltrina Liridona Mimoza Nora Qendresa
      Rina Shqipe Teuta Valbona Vjosa Zana Albana Ardita Besa Diellza Edona Erza Fjolla Ganimete Hajrije Ilirjana
      Lindita Majlinda Merita Nerimane Rudina Saranda Sevdije Trendafile Vlora Yllka`),
    surnames: w(`Berisha Krasniqi Gashi Hoxha Shala Thaci Rugova Haradinaj Kelmendi Morina Bytyqi Dervishi Gjoka
      Hasani Hyseni Jashari Kastrati Leka Limani Mehmeti Musliu Osmani Pacolli Qosja Rexhepi Selimi Shehu Sopi
      Tahiri Uka Veseli Xhaferi Ymeri Zeqiri Ahmeti Bajrami Demaci Fazliu Ismaili Kurti`),
  },
  croatian: {
    male: w(`Ante Ivo Josip Mate Stjepan Tomislav Zvonimir Branimir Damir Davor Drazen Franjo Goran Hrvoje Igor
      Ivica Kresimir Luka Marin Mario Miroslav Nikica Ozren Pero Predrag Robert Sinisa Slaven Tihomir Vedran
      Vinko Zlatko Zoran Andrija Boris Dario Dinko Jure Kruno Neven`),
    female: w(`Ana Ivana Marija Jasna Vesna Snjezana Mirela Kristina Martina Petra Sanja Tanja Zrinka Andrea Biserka
      Blanka Danica Dubravka Ema Gordana Helena Ines Iva Jadranka Karmela Lana Ljerka Maja Mirjana Nevenka Renata
      Silvija Tea Valentina Visnja Zdenka Zeljka Branka Dijana Lucija`),
    surnames: w(`Horvat Kovacevic Babic Maric Juric Novak Kovacic Knezevic Vukovic Markovic Petrovic Matic Tomic
      Pavlovic Bozic Blazevic Grgic Pavic Radic Peric Kos Lovric Vidovic Bilic Brkic Cosic Dujmovic Franjic Galic
      Jukic Kralj Lucic Mesic Mikulic Perkovic Rukavina Sertic Tudjman Vlasic Zoric`),
  },
};


/**
 * Names that follow none of the region's first-name lists or surname endings:
 * Western diplomats and experts, Turks, Chechens (hyphenated first names),
 * Afghans and Iranians (two-word first names like `Ahmad Shah`), and the
 * Armenian `-yan` spelling. All combinations are made up.
 */
export const FOREIGN_NAMES: Record<ForeignOrigin, NameList> = {
  western: {
    male: w(`John Peter Michael Thomas Richard Hans Klaus Pierre Jean-Luc Heinz Mark Andrew Stefan Bernard Lars`),
    female: w(`Anne Catherine Elizabeth Sarah Ingrid Monique Helen Judith Karin Brigitte`),
    surnames: w(`Smith Müller Fischer Dupont Bennett Harrison Whitfield Lindqvist Brenner Hoffmann Moreau Carver Ellison Thornton`),
  },
  turkish: {
    male: w(`Mehmet Kemal Selim Hakan Murat Ahmet Emre Cengiz Orhan Yusuf`),
    female: w(`Ayse Emine Zeynep Elif Fatma Gul`),
    surnames: w(`Yilmaz Demir Ozturk Celik Sahin Kaya Dogan Arslan Korkmaz Erdem`),
  },
  chechen: {
    male: w(`Zelimkhan Movladi Khamzat Apti Lecha Said-Magomed Khozh-Akhmed Ruslan Aslambek Turpal-Ali`),
    female: w(`Zarema Kheda Malika Luiza Petimat Aminat`),
    surnames: w(`Tsechoev Israpilov Idigov Magomadov Batukaev Dzhabrailov Gairbekov Mezhidov Umkhaev Vakhaev`),
  },
  afghan: {
    male: ["Abdul Rashid", "Ahmad Shah", "Gul Agha", "Mohammad Qasim", "Nur Ahmad", "Zalmai", "Habibullah", "Rahmatullah"],
    female: w(`Fawzia Malalai Shukria Sima Roshan`),
    surnames: w(`Noorzai Popal Wardak Sherzai Hotak Stanekzai Ahmadzai Safi Mangal Barakzai`),
  },
  persian: {
    male: ["Hossein", "Mohammad Reza", "Mehdi", "Ali Akbar", "Mahmoud", "Mohammad Javad"],
    female: w(`Shirin Maryam Azadeh Nasrin Parvaneh`),
    surnames: w(`Tabrizi Ghorbani Moussavi Jafari Shirazi Rostami Hosseini Kazemi Farahani Sadeghi`),
  },
};

/** How each foreigner is introduced: a role before the name, as bulletins write it. */
export const FOREIGN_ROLES: Record<ForeignOrigin, readonly string[]> = {
  western: ["US ambassador", "OSCE envoy", "EU special representative", "British ambassador", "UN envoy", "World Bank economist", "German diplomat"],
  turkish: ["Turkish ambassador", "Turkish businessman", "Turkish contractor"],
  chechen: ["Chechen refugee", "Chechen field commander", "Chechen human rights activist"],
  afghan: ["Afghan commander", "Afghan trader", "Afghan border official"],
  persian: ["Iranian diplomat", "Iranian trade representative", "Iranian cleric"],
};

/** Armenian surnames in the `-yan` spelling many bulletins used. */
export const ARMENIAN_YAN = w(`Ohanyan Minasyan Avagyan Tonoyan Mirzoyan Gevorgyan Aslanyan Hovsepyan`);

/** Slavic, Central Asian and Turkmen surnames take a feminine ending; Georgian, Armenian and Balkan ones do not. */
export function feminine(surname: string, nat: Nationality): string {
  if (["georgian", "armenian", "serbian", "bosnian", "albanian", "croatian"].includes(nat)) return surname;
  if (/sky$/.test(surname)) return surname.replace(/sky$/, "skaya");
  if (/(ov|ev|in)$/.test(surname)) return surname + "a";
  return surname;
}

/** The plural family name, as in `the Zhanybekovs`. */
export function familyPlural(surname: string): string {
  return /(sky)$/.test(surname) ? surname.replace(/sky$/, "skys") : surname + "s";
}

/**
 * Other romanisations of a name that real bulletins used for the same person
 * (`Nazarbaev`/`Nazarbayev`, `Aliev`/`Aliyev`, `Khvylko`/`Hvylko`,
 * `Rahmonov`/`Rakhmonov`). Empty when the name has no common variant.
 */
export function transliterationVariants(name: string): string[] {
  const out = new Set<string>();
  const add = (s: string) => { if (s !== name) out.add(s); };
  if (/([aeiu])ev(a?)$/.test(name)) add(name.replace(/([aeiu])ev(a?)$/, "$1yev$2"));
  if (/([aeiu])yev(a?)$/.test(name)) add(name.replace(/([aeiu])yev(a?)$/, "$1ev$2"));
  if (/^Kh/.test(name)) add(name.replace(/^Kh/, "H"));
  if (/^H[^h]/.test(name)) add(name.replace(/^H/, "Kh"));
  // `Sh`, `Ch`, `Kh`, `Zh` are digraphs whatever their case: `Shevardnadze` has no `Skh` spelling.
  if (/([^sckzSCKZ])h/.test(name) && !/kh/i.test(name)) add(name.replace(/([^sckzSCKZ])h/, "$1kh"));
  else if (/kh/.test(name)) add(name.replace(/kh/, "h"));
  if (/ian$/.test(name)) add(name.replace(/ian$/, "yan"));
  if (/yan$/.test(name)) add(name.replace(/yan$/, "ian"));
  if (/ic$/.test(name)) add(name.replace(/ic$/, "ich"));
  if (/^Yu/.test(name)) add(name.replace(/^Yu/, "Iu"));
  if (/y$/.test(name) && /sky$/.test(name)) add(name.replace(/y$/, "i"));
  return [...out];
}

export interface Leader {
  role: string;
  first: string;
  surname: string;
  /** Years the person held the role; bulletins of other years do not mention them in it. */
  from: number;
  to: number;
}

/** Heads of state, as real bulletins of the year name them. */
export const LEADERS: Record<string, readonly Leader[]> = {
  KZ: [{ role: "President", first: "Nursultan", surname: "Nazarbaev", from: 1999, to: 2012 }],
  KG: [
    { role: "President", first: "Askar", surname: "Akaev", from: 1999, to: 2005 },
    { role: "President", first: "Kurmanbek", surname: "Bakiev", from: 2005, to: 2010 },
    { role: "President", first: "Almazbek", surname: "Atambaev", from: 2011, to: 2012 },
  ],
  TJ: [{ role: "President", first: "Emomali", surname: "Rahmonov", from: 1999, to: 2007 }],
  UZ: [{ role: "President", first: "Islam", surname: "Karimov", from: 1999, to: 2012 }],
  TM: [
    { role: "President", first: "Saparmurat", surname: "Niazov", from: 1999, to: 2006 },
    { role: "President", first: "Gurbanguly", surname: "Berdymukhammedov", from: 2007, to: 2012 },
  ],
  GE: [
    { role: "President", first: "Eduard", surname: "Shevardnadze", from: 1999, to: 2003 },
    { role: "President", first: "Mikheil", surname: "Saakashvili", from: 2004, to: 2012 },
  ],
  AM: [
    { role: "President", first: "Robert", surname: "Kocharian", from: 1999, to: 2008 },
    { role: "President", first: "Serzh", surname: "Sargsian", from: 2008, to: 2012 },
  ],
  AZ: [
    { role: "President", first: "Heidar", surname: "Aliev", from: 1999, to: 2003 },
    { role: "President", first: "Ilham", surname: "Aliev", from: 2003, to: 2012 },
  ],
  RS: [
    { role: "President", first: "Slobodan", surname: "Milosevic", from: 1999, to: 2000 },
    { role: "President", first: "Vojislav", surname: "Kostunica", from: 2001, to: 2003 },
    { role: "President", first: "Boris", surname: "Tadic", from: 2004, to: 2012 },
  ],
  HR: [
    { role: "President", first: "Stjepan", surname: "Mesic", from: 2000, to: 2009 },
    { role: "President", first: "Ivo", surname: "Josipovic", from: 2010, to: 2012 },
  ],
};
