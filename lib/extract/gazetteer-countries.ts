/**
 * General world knowledge: countries and regions, with other names, demonyms
 * and the seats of government that news uses for the government itself
 * ("Moscow said", "the Kremlin warned"). One row per place:
 *   Name | other names | demonyms | seats of government
 * Rows whose name is also a common given name (Jordan, Chad, Georgia, Israel)
 * are handled where mentions are found, not here.
 */
const COUNTRY_ROWS = `
Afghanistan||Afghan,Afghans|Kabul
Albania||Albanian,Albanians|Tirana
Algeria||Algerian,Algerians|Algiers
Angola||Angolan,Angolans|Luanda
Argentina||Argentine,Argentinian,Argentines,Argentinians|Buenos Aires,Casa Rosada
Armenia||Armenian,Armenians|Yerevan
Australia||Australian,Australians|Canberra
Austria||Austrian,Austrians|Vienna
Azerbaijan||Azerbaijani,Azerbaijanis,Azeri,Azeris|Baku
Bahrain||Bahraini,Bahrainis|Manama
Bangladesh||Bangladeshi,Bangladeshis|Dhaka
Belarus|Byelorussia|Belarusian,Belarusians|Minsk
Belgium||Belgian,Belgians|
Bolivia||Bolivian,Bolivians|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian,Bosnians|Sarajevo
Brazil||Brazilian,Brazilians|Brasilia,Planalto
Bulgaria||Bulgarian,Bulgarians|Sofia
Cambodia||Cambodian,Cambodians|Phnom Penh
Cameroon||Cameroonian,Cameroonians|Yaounde
Canada||Canadian,Canadians|Ottawa
Chad||Chadian,Chadians|N'Djamena
Chile||Chilean,Chileans|Santiago
China|People's Republic of China,PRC,Mainland China|Chinese|Beijing,Peking,Zhongnanhai
Colombia||Colombian,Colombians|Bogota
Congo|Democratic Republic of the Congo,DR Congo,DRC|Congolese|Kinshasa
Costa Rica||Costa Rican,Costa Ricans|San Jose
Croatia||Croatian,Croatians,Croat,Croats|Zagreb
Cuba||Cuban,Cubans|Havana
Cyprus||Cypriot,Cypriots|Nicosia
Czech Republic|Czechia|Czech,Czechs|Prague
Denmark||Danish,Dane,Danes|Copenhagen
Dominican Republic||Dominican,Dominicans|Santo Domingo
Ecuador||Ecuadorian,Ecuadorians|Quito
Egypt||Egyptian,Egyptians|Cairo
El Salvador||Salvadoran,Salvadorans|San Salvador
England||| 
Eritrea||Eritrean,Eritreans|Asmara
Estonia||Estonian,Estonians|Tallinn
Ethiopia||Ethiopian,Ethiopians|Addis Ababa
Finland||Finnish,Finn,Finns|Helsinki
France||French|Paris,Elysee,Elysee Palace,Quai d'Orsay
Georgia||Georgian,Georgians|Tbilisi
Germany||German,Germans|Berlin,Bundestag
Ghana||Ghanaian,Ghanaians|Accra
Greece||Greek,Greeks|Athens
Guatemala||Guatemalan,Guatemalans|Guatemala City
Haiti||Haitian,Haitians|Port-au-Prince
Honduras||Honduran,Hondurans|Tegucigalpa
Hungary||Hungarian,Hungarians|Budapest
Iceland||Icelandic,Icelander,Icelanders|Reykjavik
India||Indian,Indians|New Delhi
Indonesia||Indonesian,Indonesians|Jakarta
Iran|Islamic Republic of Iran|Iranian,Iranians|Tehran,Teheran
Iraq||Iraqi,Iraqis|Baghdad
Ireland|Republic of Ireland|Irish|Dublin
Israel||Israeli,Israelis|Jerusalem,Knesset
Italy||Italian,Italians|Rome
Ivory Coast|Cote d'Ivoire|Ivorian,Ivorians|Abidjan,Yamoussoukro
Jamaica||Jamaican,Jamaicans|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian,Jordanians|Amman
Kazakhstan||Kazakh,Kazakhs,Kazakhstani|Astana
Kenya||Kenyan,Kenyans|Nairobi
Kosovo||Kosovar,Kosovars|Pristina
Kuwait||Kuwaiti,Kuwaitis|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Latvia||Latvian,Latvians|Riga
Lebanon||Lebanese|Beirut
Libya||Libyan,Libyans|Tripoli
Lithuania||Lithuanian,Lithuanians|Vilnius
Luxembourg||Luxembourgish|
Malaysia||Malaysian,Malaysians|Kuala Lumpur
Mali||Malian,Malians|Bamako
Malta||Maltese|Valletta
Mexico||Mexican,Mexicans|Mexico City
Moldova||Moldovan,Moldovans|Chisinau
Mongolia||Mongolian,Mongolians|Ulaanbaatar
Montenegro||Montenegrin,Montenegrins|Podgorica
Morocco||Moroccan,Moroccans|Rabat
Mozambique||Mozambican,Mozambicans|Maputo
Myanmar|Burma|Burmese|Naypyidaw
Nepal||Nepalese,Nepali|Kathmandu
Netherlands|Holland|Dutch|The Hague,Amsterdam
New Zealand||New Zealander,New Zealanders|Wellington
Nicaragua||Nicaraguan,Nicaraguans|Managua
Niger||Nigerien,Nigeriens|Niamey
Nigeria||Nigerian,Nigerians|Abuja
North Korea|DPRK|North Korean,North Koreans|Pyongyang
North Macedonia|Macedonia|Macedonian,Macedonians|Skopje
Norway||Norwegian,Norwegians|Oslo
Oman||Omani,Omanis|Muscat
Pakistan||Pakistani,Pakistanis|Islamabad
Palestine|Palestinian Territories|Palestinian,Palestinians|Ramallah
Panama||Panamanian,Panamanians|Panama City
Paraguay||Paraguayan,Paraguayans|Asuncion
Peru||Peruvian,Peruvians|Lima
Philippines||Filipino,Filipinos,Philippine|Manila
Poland||Polish,Pole,Poles|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari,Qataris|Doha
Romania||Romanian,Romanians|Bucharest
Russia|Russian Federation|Russian,Russians|Moscow,Kremlin
Rwanda||Rwandan,Rwandans|Kigali
Saudi Arabia||Saudi,Saudis|Riyadh
Scotland||Scottish,Scots|Edinburgh,Holyrood
Senegal||Senegalese|Dakar
Serbia||Serbian,Serbians,Serb,Serbs|Belgrade
Singapore||Singaporean,Singaporeans|
Slovakia||Slovak,Slovaks,Slovakian|Bratislava
Slovenia||Slovenian,Slovenians,Slovene,Slovenes|Ljubljana
Somalia||Somali,Somalis|Mogadishu
South Africa||South African,South Africans|Pretoria
South Korea|Republic of Korea|South Korean,South Koreans|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish,Spaniard,Spaniards|Madrid,Moncloa
Sri Lanka||Sri Lankan,Sri Lankans|Colombo
Sudan||Sudanese|Khartoum
Sweden||Swedish,Swede,Swedes|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian,Syrians|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik,Tajiks|Dushanbe
Tanzania||Tanzanian,Tanzanians|Dodoma
Thailand||Thai|Bangkok
Tunisia||Tunisian,Tunisians|Tunis
Turkey|Turkiye|Turkish,Turk,Turks|Ankara
Turkmenistan||Turkmen|Ashgabat
Uganda||Ugandan,Ugandans|Kampala
Ukraine||Ukrainian,Ukrainians|Kyiv,Kiev
United Arab Emirates|UAE,Emirates|Emirati,Emiratis|Abu Dhabi
United Kingdom|UK,U.K.,Britain,Great Britain|British,Briton,Britons|London,Downing Street,Whitehall,Westminster
United States|US,U.S.,USA,U.S.A.,America,United States of America|American,Americans|Washington,White House,Pentagon
Uruguay||Uruguayan,Uruguayans|Montevideo
Uzbekistan||Uzbek,Uzbeks|Tashkent
Venezuela||Venezuelan,Venezuelans|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Wales||Welsh|Cardiff
Yemen||Yemeni,Yemenis|Sanaa
Zambia||Zambian,Zambians|Lusaka
Zimbabwe||Zimbabwean,Zimbabweans|Harare
`;

/** Regions: places, never actors, so they carry no seat of government. */
const REGION_ROWS = `
Europe||European,Europeans|
Africa||African,Africans|
Asia||Asian,Asians|
Middle East||Middle Eastern|
Latin America||Latin American,Latin Americans|
North America||North American,North Americans|
South America||South American,South Americans|
Eastern Europe||Eastern European,Eastern Europeans|
Western Europe||Western European,Western Europeans|
Gaza|Gaza Strip|Gazan,Gazans|
West Bank|||
Crimea||Crimean|
Donbas|Donbass|
Kashmir||Kashmiri|
Arctic|||
Balkans||Balkan|
Caribbean|||
Sahel|||
`;

export type PlaceRow = {
  name: string;
  otherNames: string[];
  demonyms: string[];
  seats: string[];
};

function parseRows(rows: string): PlaceRow[] {
  const split = (field: string | undefined) =>
    (field ?? "")
      .split(",")
      .map((value) => value.trim())
      .filter(Boolean);
  return rows
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const [name, otherNames, demonyms, seats] = line.split("|");
      return {
        name: (name ?? "").trim(),
        otherNames: split(otherNames),
        demonyms: split(demonyms),
        seats: split(seats),
      };
    });
}

export const COUNTRIES: readonly PlaceRow[] = parseRows(COUNTRY_ROWS);
export const REGIONS: readonly PlaceRow[] = parseRows(REGION_ROWS);

/** States and provinces that datelines and "Reno, Nevada" place towns in. Left
 * out: names that are also common given names (Georgia, Virginia, Victoria). */
export const SUBNATIONAL_REGIONS: readonly string[] = `
Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho, Illinois,
Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota, Mississippi,
Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York, North Carolina, North Dakota,
Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont,
West Virginia, Wisconsin, Wyoming, Alberta, British Columbia, Manitoba, New Brunswick, Newfoundland, Nova Scotia,
Ontario, Quebec, Saskatchewan, New South Wales, Queensland, Tasmania, Western Australia, South Australia, Scotland,
Wales, Northern Ireland, England, Bavaria, Catalonia, Andalusia, Lombardy, Sicily, Punjab, Sindh, Kerala, Bihar`
  .split(",")
  .map((name) => name.trim())
  .filter(Boolean);
