import {defineEntries} from './types.js'

// The press as organizations: who REEx-style reporting cites when it relays a price, a figure or a view. Rows
// that sat in institutions.ts keep their names, so their keys (`organization:<name lower>`) are unchanged.
//
// Aliases are the short forms running text actually uses (`FT`, `WSJ`, `SCMP`, `AFR`). Never an alias that is
// a common English word or a bare place or nationality (`Times`, `Journal`, `Mint`, `Guardian`, `Economist`,
// `Atlantic`, `Australian`, `Proactive`): those outlets are listed by a form that cannot be read otherwise
// (`The Economist`, `The Guardian`, `Time magazine`), or left out (`The Times`, `The Australian`, `The Age`,
// `The Star`: a sentence-initial `The Australian government` would become the paper). Decisions per name:
// - `Argus` stays an alias of Argus Media: not a common word, and in this field's text it is the price reporter.
// - `Sputnik` alone is left out: `a Sputnik moment` is a common idiom of technology-race writing.
// - `Dow Jones` alone is left out (the index); `S&P` alone is left out (the S&P 500).
// - `CNA` is Channel NewsAsia (its brand); Taiwan's Central News Agency is `Focus Taiwan`.
// - `ABC` is the Australian Broadcasting Corporation, the one the field's Australian news cites; the US network
//   shares the short name and is not separated.
// - `dpa` and `RFI` are left out: `DPA` is the Defense Production Act, `RFI` a request for information.
// - Names that begin with `The` match only with a capital `The` (`The Hill`, `The Paper`, `The Diplomat`), so
//   running text's `the paper says` stays a descriptor; a longer name that starts the same way is an alias of
//   its own entry so that the longer one wins (`The Economist Intelligence Unit`, `The Atlantic Council`).
//   `The West Australian` and `Mining Technology` are left out: `The West Australian government`, `mining
//   technology` in a Title Case headline. `Foreign Policy` stays (the magazine is cited on the field) but
//   matches a Title Case headline's `Foreign Policy`; `Foreign Policy Research Institute` is an entry of its own.
// - `Nikkei` is also the Tokyo index (`the Nikkei 225`): kept, as the paper is cited far more in this field.
// - Press-release wires (PR Newswire, Business Wire, GlobeNewswire) are left out: the company is the source.

/** News agencies and wires. */
const wires = defineEntries('organization', [
  ['Reuters'],
  ['Bloomberg', 'Bloomberg News'],
  ['Associated Press', 'AP'],
  ['Agence France-Presse', 'AFP', 'Agence France Presse'],
  ['Dow Jones Newswires'],
  ['Kyodo News', 'Kyodo'],
  ['Jiji Press', 'Jiji'],
  ['Yonhap News Agency', 'Yonhap'],
  ['Bernama'],
  ['Press Trust of India', 'PTI'],
  ['ANSA'],
  ['Deutsche Presse-Agentur'],
  ['Agencia EFE', 'EFE'],
  ['Anadolu Agency', 'Anadolu'],
  ['Antara', 'Antara News'],
  ['Australian Associated Press', 'AAP'],
  ['The Canadian Press', 'Canadian Press'],
  ['Central News Agency', 'Focus Taiwan'],
  ['Vietnam News Agency', 'VNA'],
  ['Montsame'],
  ['Interfax']
])

/** Business and financial papers and sites. */
const businessPress = defineEntries('organization', [
  ['Financial Times', 'FT'],
  ['Wall Street Journal', 'WSJ'],
  ['Nikkei', 'Nikkei Asia', 'Nikkei Asian Review', 'Nihon Keizai Shimbun'],
  ['The Economist'],
  ['Economist Intelligence Unit', 'EIU', 'The Economist Intelligence Unit'],
  ['Handelsblatt'],
  ['Australian Financial Review', 'AFR', 'The Australian Financial Review'],
  ['South China Morning Post', 'SCMP'],
  ['The Globe and Mail', 'Globe and Mail'],
  ['Financial Post'],
  ['Les Echos', 'Les Échos'],
  ["Barron's"],
  ["Investor's Business Daily", 'IBD'],
  ['MarketWatch'],
  ['Business Insider'],
  ['Bloomberg Businessweek', 'Businessweek'],
  ['Forbes'],
  ['Fortune magazine'],
  ['Yahoo Finance'],
  ['Seeking Alpha'],
  ['The Motley Fool', 'Motley Fool'],
  ['The Economic Times', 'Economic Times'],
  ['Business Standard'],
  ['Korea Economic Daily'],
  ['The Edge Malaysia', 'The Edge Markets'],
  ['Valor Econômico', 'Valor Economico'],
  ['Caixin', 'Caixin Global'],
  ['Yicai Global', 'Yicai'],
  ['21st Century Business Herald'],
  ['Economic Observer'],
  ['China Securities Journal'],
  ['Securities Times'],
  ['Shanghai Securities News'],
  ['Securities Daily']
])

/** General newspapers, news sites and magazines. */
const generalPress = defineEntries('organization', [
  ['The New York Times', 'New York Times', 'NYT', 'NY Times'],
  ['The Washington Post', 'Washington Post', 'WaPo'],
  ['The Guardian'],
  ['The Telegraph', 'The Daily Telegraph', 'Daily Telegraph'],
  ['Los Angeles Times', 'LA Times'],
  ['USA Today'],
  ['Politico'],
  ['Axios'],
  ['The Hill'],
  ['Semafor'],
  ['Le Monde'],
  ['Der Spiegel', 'Spiegel'],
  ['Frankfurter Allgemeine Zeitung', 'FAZ'],
  ['Süddeutsche Zeitung', 'Suddeutsche Zeitung', 'Sueddeutsche Zeitung'],
  ['El País', 'El Pais'],
  ['The Asahi Shimbun', 'Asahi Shimbun', 'Asahi'],
  ['The Yomiuri Shimbun', 'Yomiuri Shimbun', 'Yomiuri'],
  ['The Japan Times', 'Japan Times'],
  ['The Korea Herald', 'Korea Herald'],
  ['The Korea Times', 'Korea Times'],
  ['Korea JoongAng Daily', 'JoongAng Daily', 'JoongAng Ilbo'],
  ['The Chosun Ilbo', 'Chosun Ilbo'],
  ['The Straits Times', 'Straits Times'],
  ['Taipei Times'],
  ['The Sydney Morning Herald', 'Sydney Morning Herald', 'SMH'],
  ['The Hindu'],
  ['Hindustan Times'],
  ['The Times of India', 'Times of India'],
  ['The Jakarta Post', 'Jakarta Post'],
  ['New Straits Times', 'NST'],
  ['Malay Mail'],
  ['Free Malaysia Today', 'FMT'],
  ['The Moscow Times', 'Moscow Times'],
  ['Toronto Star'],
  ['Sermitsiaq'],
  ['Asia Times'],
  ['Foreign Policy'],
  ['The Diplomat'],
  ['The National Interest'],
  ['The Atlantic'],
  ['Time magazine'],
  ['Newsweek'],
  ['The New Yorker', 'New Yorker'],
  ['MIT Technology Review'],
  ['Harvard Business Review', 'HBR'],
  ['Scientific American'],
  ['New Scientist'],
  ['Chemical & Engineering News', 'C&EN'],
  ['IEEE Spectrum'],
  ['Defense News'],
  ['Breaking Defense'],
  ['Defense One'],
  ['War on the Rocks'],
  ['E&E News']
])

/** Broadcasters. */
const broadcasters = defineEntries('organization', [
  ['BBC', 'British Broadcasting Corporation', 'BBC News'],
  ['CNBC'],
  ['CNN'],
  ['NHK', 'Japan Broadcasting Corporation', 'NHK World'],
  ['Australian Broadcasting Corporation', 'ABC', 'ABC News'],
  ['Canadian Broadcasting Corporation', 'CBC', 'CBC News'],
  ['Al Jazeera'],
  ['Deutsche Welle', 'DW'],
  ['France 24'],
  ['NPR', 'National Public Radio'],
  ['Fox Business'],
  ['Fox News'],
  ['Sky News'],
  ['Channel NewsAsia', 'CNA'],
  ['Voice of America', 'VOA'],
  ['Radio Free Asia', 'RFA'],
  ['Radio France Internationale'],
  ['KBS', 'Korean Broadcasting System'],
  ['Phoenix Television', 'Phoenix TV']
])

/** Trade press, price reporters and market-intelligence firms of metals, mining and energy. */
const tradePress = defineEntries('organization', [
  ['Shanghai Metals Market', 'SMM'],
  ['Asian Metal'],
  ['Argus Media', 'Argus'],
  ['Fastmarkets', 'Fastmarkets MB', 'Metal Bulletin'],
  ['Benchmark Mineral Intelligence', 'Benchmark Minerals'],
  ['Adamas Intelligence', 'Adamas'],
  ['Project Blue'],
  ['S&P Global Commodity Insights', 'S&P Global Platts', 'Platts'],
  ['S&P Global Market Intelligence'],
  ['S&P Global'],
  ['CRU Group', 'CRU'],
  ['Wood Mackenzie', 'WoodMac', 'Wood Mac'],
  ['Roskill'],
  ['BloombergNEF', 'BNEF', 'Bloomberg New Energy Finance'],
  ['Bloomberg Intelligence'],
  ['Rystad Energy', 'Rystad'],
  ['Mysteel'],
  ['American Metal Market', 'AMM'],
  ['Mining.com', 'MINING.COM'],
  ['Mining Weekly'],
  ['Mining Journal'],
  ['The Northern Miner', 'Northern Miner'],
  ['Engineering & Mining Journal', 'E&MJ'],
  ['Global Mining Review'],
  ['Mining Review Africa'],
  ['Kitco', 'Kitco News'],
  ['MetalMiner'],
  ['Stockhead'],
  ['Proactive Investors'],
  ['Investing News Network'],
  ['IDTechEx'],
  ['Visual Capitalist']
])

/** Equity research, ratings and economic-research houses (banks with a research arm that are not in institutions.ts). */
const research = defineEntries('organization', [
  ['Morningstar'],
  ['Jefferies'],
  ['Canaccord Genuity', 'Canaccord'],
  ['BMO Capital Markets', 'BMO'],
  ['RBC Capital Markets', 'RBC'],
  ['CIBC Capital Markets', 'CIBC'],
  ['Scotiabank'],
  ['Stifel'],
  ['Raymond James'],
  ['Cantor Fitzgerald'],
  ['Roth Capital Partners', 'Roth Capital', 'Roth MKM'],
  ['B. Riley Securities', 'B. Riley'],
  ['H.C. Wainwright', 'HC Wainwright'],
  ['Piper Sandler'],
  ['Sanford C. Bernstein', 'Bernstein Research'],
  ['Deutsche Bank'],
  ['Barclays'],
  ['HSBC'],
  ['BNP Paribas'],
  ['Société Générale', 'Societe Generale', 'SocGen'],
  ['Berenberg'],
  ['Nomura'],
  ['Mizuho'],
  ['CLSA'],
  ['China International Capital Corporation', 'CICC'],
  ['CITIC Securities'],
  ['Huatai Securities'],
  ['Guotai Junan Securities', 'Guotai Junan'],
  ['China Galaxy Securities'],
  ['Haitong Securities'],
  ['Bell Potter'],
  ['Ord Minnett'],
  ['Euroz Hartleys'],
  ['Haywood Securities'],
  ['Fitch Solutions', 'BMI', 'BMI Research'],
  ['Fitch Ratings'],
  ["Moody's", "Moody's Investors Service"],
  ['Capital Economics'],
  ['Oxford Economics'],
  ['Eurasia Group'],
  ['Rhodium Group'],
  ['Trivium China'],
  ['Gavekal', 'Gavekal Dragonomics'],
  ['Zacks Investment Research', 'Zacks']
])

/** State and party media of China and Russia. */
const stateMedia = defineEntries('organization', [
  ['Xinhua', 'Xinhua News Agency'],
  ["People's Daily", "People's Daily Online"],
  ['Global Times'],
  ['China Daily'],
  ['China Central Television', 'CCTV'],
  ['China Global Television Network', 'CGTN'],
  ['China News Service'],
  ['Economic Daily'],
  ['Guangming Daily'],
  ['Qiushi'],
  ['The Paper', 'Pengpai News'],
  ['Jiemian', 'Jiemian News'],
  ['TASS'],
  ['RIA Novosti'],
  ['Sputnik News', 'Sputnik International'],
  ['Russia Today', 'RT']
])

/**
 * The press of the gazetteer: wires, business and general papers, magazines, broadcasters, trade press and
 * price reporters, equity and economic research houses, and state media, every one an organization.
 *
 * @example
 * press.find((entry) => entry.aliases.includes('SCMP'))?.name // → 'South China Morning Post'
 */
export const press = Object.freeze([...wires, ...businessPress, ...generalPress, ...broadcasters, ...tradePress, ...research, ...stateMedia])
