/**
 * General world knowledge: widely known international organizations. One row
 * per organization:
 *   key | canonical name | acronyms and short names (exact case) | full names | generic heads
 * Generic heads are the common nouns the press uses for it on second mention
 * ("the alliance", "the bloc", "the bank"); they drive anaphora in topics.
 */
const ORGANIZATION_ROWS = `
nato|NATO|NATO,OTAN|North Atlantic Treaty Organization,North Atlantic Alliance|alliance,bloc,organization,coalition
un|United Nations|UN,U.N.|United Nations,United Nations Organization|organization,body
unsc|UN Security Council|UNSC|United Nations Security Council,UN Security Council,U.N. Security Council|council,body
unga|UN General Assembly|UNGA|United Nations General Assembly,UN General Assembly|assembly,body
eu|European Union|EU,E.U.|European Union|bloc,union
european-commission|European Commission||European Commission|commission
european-parliament|European Parliament||European Parliament|parliament,assembly
european-council|European Council||European Council|council
council-of-europe|Council of Europe||Council of Europe|council
imf|International Monetary Fund|IMF|International Monetary Fund|fund,lender
world-bank|World Bank||World Bank,World Bank Group|bank,lender
who|World Health Organization|WHO|World Health Organization|organization,agency,body
ecb|European Central Bank|ECB|European Central Bank|bank,central bank
federal-reserve|Federal Reserve|Fed|Federal Reserve,Federal Reserve System,Federal Reserve Board,U.S. Federal Reserve,US Federal Reserve|bank,central bank
bank-of-england|Bank of England|BoE|Bank of England|bank,central bank
bank-of-japan|Bank of Japan|BoJ,BOJ|Bank of Japan|bank,central bank
peoples-bank-of-china|People's Bank of China|PBOC,PBoC|People's Bank of China|bank,central bank
opec|OPEC|OPEC,OPEC+|Organization of the Petroleum Exporting Countries|cartel,group,organization
g7|G7|G7,G-7|Group of Seven|group,bloc
g20|G20|G20,G-20|Group of Twenty|group,bloc
brics|BRICS|BRICS|BRICS|group,bloc
wto|World Trade Organization|WTO|World Trade Organization|organization,body
african-union|African Union|AU|African Union|union,bloc,body
asean|ASEAN|ASEAN|Association of Southeast Asian Nations,Association of South East Asian Nations|bloc,association,group
arab-league|Arab League||Arab League,League of Arab States|league,bloc
gcc|Gulf Cooperation Council|GCC|Gulf Cooperation Council|council,bloc
sco|Shanghai Cooperation Organization|SCO|Shanghai Cooperation Organization|organization,bloc
oecd|OECD|OECD|Organization for Economic Cooperation and Development,Organization for Economic Co-operation and Development|organization
osce|OSCE|OSCE|Organization for Security and Cooperation in Europe,Organization for Security and Co-operation in Europe|organization
iaea|International Atomic Energy Agency|IAEA|International Atomic Energy Agency|agency,watchdog
iea|International Energy Agency|IEA|International Energy Agency|agency
icc|International Criminal Court|ICC|International Criminal Court|court,tribunal
icj|International Court of Justice|ICJ|International Court of Justice,World Court|court,tribunal
echr|European Court of Human Rights|ECHR,ECtHR|European Court of Human Rights|court
cjeu|Court of Justice of the European Union|CJEU,ECJ|Court of Justice of the European Union,European Court of Justice|court
unesco|UNESCO|UNESCO|United Nations Educational Scientific and Cultural Organization|agency,organization
unicef|UNICEF|UNICEF|United Nations Children's Fund|agency,fund
unhcr|UNHCR|UNHCR|United Nations High Commissioner for Refugees,UN Refugee Agency,UN refugee agency|agency
wfp|World Food Programme|WFP|World Food Programme,World Food Program|agency,programme
icrc|International Committee of the Red Cross|ICRC|International Committee of the Red Cross,Red Cross|organization,committee
interpol|Interpol|Interpol,INTERPOL|International Criminal Police Organization|agency,organization
europol|Europol|Europol|European Union Agency for Law Enforcement Cooperation|agency
amnesty-international|Amnesty International||Amnesty International|group,organization
human-rights-watch|Human Rights Watch|HRW|Human Rights Watch|group,organization
fifa|FIFA|FIFA|Federation Internationale de Football Association,International Federation of Association Football|federation,body
uefa|UEFA|UEFA|Union of European Football Associations|federation,body,union
ioc|International Olympic Committee|IOC|International Olympic Committee|committee,body
wada|World Anti-Doping Agency|WADA|World Anti-Doping Agency|agency,body
`;

export type OrganizationRow = {
  key: string;
  name: string;
  shortNames: string[];
  fullNames: string[];
  heads: string[];
};

export const ORGANIZATIONS: readonly OrganizationRow[] = ORGANIZATION_ROWS.split("\n")
  .filter((line) => line.trim())
  .map((line) => {
    const [key, name, shortNames, fullNames, heads] = line.split("|");
    const split = (field: string | undefined) =>
      (field ?? "")
        .split(",")
        .map((value) => value.trim())
        .filter(Boolean);
    return {
      key: (key ?? "").trim(),
      name: (name ?? "").trim(),
      shortNames: split(shortNames),
      fullNames: split(fullNames),
      heads: split(heads),
    };
  });
