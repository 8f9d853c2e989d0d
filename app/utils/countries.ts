export const ituRegions = ["africa", "americas", "arab-states", "asia-pacific", "cis", "europe"] as const;
export type ItuRegion = (typeof ituRegions)[number];

/**
 * ISO 3166-1 alpha-2 code → ITU region (as used by ITU-D for its regional offices and statistics).
 *
 * Covers the 193 ITU Member States, the State of Palestine, the Holy See, Hong Kong, Macao and a few
 * territories commonly used in registrations (PR, GL, NC, PF). Names are only given as comments:
 * localized names come from Intl.DisplayNames at runtime.
 */
export const countryRegions: Record<string, ItuRegion> = {
  AD: "europe", // Andorra
  AE: "arab-states", // United Arab Emirates
  AF: "asia-pacific", // Afghanistan
  AG: "americas", // Antigua and Barbuda
  AL: "europe", // Albania
  AM: "cis", // Armenia
  AO: "africa", // Angola
  AR: "americas", // Argentina
  AT: "europe", // Austria
  AU: "asia-pacific", // Australia
  AZ: "cis", // Azerbaijan
  BA: "europe", // Bosnia and Herzegovina
  BB: "americas", // Barbados
  BD: "asia-pacific", // Bangladesh
  BE: "europe", // Belgium
  BF: "africa", // Burkina Faso
  BG: "europe", // Bulgaria
  BH: "arab-states", // Bahrain
  BI: "africa", // Burundi
  BJ: "africa", // Benin
  BN: "asia-pacific", // Brunei Darussalam
  BO: "americas", // Bolivia
  BR: "americas", // Brazil
  BS: "americas", // Bahamas
  BT: "asia-pacific", // Bhutan
  BW: "africa", // Botswana
  BY: "cis", // Belarus
  BZ: "americas", // Belize
  CA: "americas", // Canada
  CD: "africa", // Congo (Democratic Republic)
  CF: "africa", // Central African Republic
  CG: "africa", // Congo
  CH: "europe", // Switzerland
  CI: "africa", // Côte d'Ivoire
  CL: "americas", // Chile
  CM: "africa", // Cameroon
  CN: "asia-pacific", // China
  CO: "americas", // Colombia
  CR: "americas", // Costa Rica
  CU: "americas", // Cuba
  CV: "africa", // Cabo Verde
  CY: "europe", // Cyprus
  CZ: "europe", // Czechia
  DE: "europe", // Germany
  DJ: "arab-states", // Djibouti
  DK: "europe", // Denmark
  DM: "americas", // Dominica
  DO: "americas", // Dominican Republic
  DZ: "arab-states", // Algeria
  EC: "americas", // Ecuador
  EE: "europe", // Estonia
  EG: "arab-states", // Egypt
  ER: "africa", // Eritrea
  ES: "europe", // Spain
  ET: "africa", // Ethiopia
  FI: "europe", // Finland
  FJ: "asia-pacific", // Fiji
  FM: "asia-pacific", // Micronesia
  FR: "europe", // France
  GA: "africa", // Gabon
  GB: "europe", // United Kingdom
  GD: "americas", // Grenada
  GE: "europe", // Georgia
  GH: "africa", // Ghana
  GL: "europe", // Greenland
  GM: "africa", // Gambia
  GN: "africa", // Guinea
  GQ: "africa", // Equatorial Guinea
  GR: "europe", // Greece
  GT: "americas", // Guatemala
  GW: "africa", // Guinea-Bissau
  GY: "americas", // Guyana
  HK: "asia-pacific", // Hong Kong
  HN: "americas", // Honduras
  HR: "europe", // Croatia
  HT: "americas", // Haiti
  HU: "europe", // Hungary
  ID: "asia-pacific", // Indonesia
  IE: "europe", // Ireland
  IL: "europe", // Israel
  IN: "asia-pacific", // India
  IQ: "arab-states", // Iraq
  IR: "asia-pacific", // Iran
  IS: "europe", // Iceland
  IT: "europe", // Italy
  JM: "americas", // Jamaica
  JO: "arab-states", // Jordan
  JP: "asia-pacific", // Japan
  KE: "africa", // Kenya
  KG: "cis", // Kyrgyzstan
  KH: "asia-pacific", // Cambodia
  KI: "asia-pacific", // Kiribati
  KM: "arab-states", // Comoros
  KN: "americas", // Saint Kitts and Nevis
  KP: "asia-pacific", // Korea (Democratic People's Republic)
  KR: "asia-pacific", // Korea (Republic)
  KW: "arab-states", // Kuwait
  KZ: "cis", // Kazakhstan
  LA: "asia-pacific", // Lao People's Democratic Republic
  LB: "arab-states", // Lebanon
  LC: "americas", // Saint Lucia
  LI: "europe", // Liechtenstein
  LK: "asia-pacific", // Sri Lanka
  LR: "africa", // Liberia
  LS: "africa", // Lesotho
  LT: "europe", // Lithuania
  LU: "europe", // Luxembourg
  LV: "europe", // Latvia
  LY: "arab-states", // Libya
  MA: "arab-states", // Morocco
  MC: "europe", // Monaco
  MD: "cis", // Moldova
  ME: "europe", // Montenegro
  MG: "africa", // Madagascar
  MH: "asia-pacific", // Marshall Islands
  MK: "europe", // North Macedonia
  ML: "africa", // Mali
  MM: "asia-pacific", // Myanmar
  MN: "asia-pacific", // Mongolia
  MO: "asia-pacific", // Macao
  MR: "arab-states", // Mauritania
  MT: "europe", // Malta
  MU: "africa", // Mauritius
  MV: "asia-pacific", // Maldives
  MW: "africa", // Malawi
  MX: "americas", // Mexico
  MY: "asia-pacific", // Malaysia
  MZ: "africa", // Mozambique
  NA: "africa", // Namibia
  NC: "asia-pacific", // New Caledonia
  NE: "africa", // Niger
  NG: "africa", // Nigeria
  NI: "americas", // Nicaragua
  NL: "europe", // Netherlands
  NO: "europe", // Norway
  NP: "asia-pacific", // Nepal
  NR: "asia-pacific", // Nauru
  NZ: "asia-pacific", // New Zealand
  OM: "arab-states", // Oman
  PA: "americas", // Panama
  PE: "americas", // Peru
  PF: "asia-pacific", // French Polynesia
  PG: "asia-pacific", // Papua New Guinea
  PH: "asia-pacific", // Philippines
  PK: "asia-pacific", // Pakistan
  PL: "europe", // Poland
  PR: "americas", // Puerto Rico
  PS: "arab-states", // Palestine
  PT: "europe", // Portugal
  PW: "asia-pacific", // Palau
  PY: "americas", // Paraguay
  QA: "arab-states", // Qatar
  RO: "europe", // Romania
  RS: "europe", // Serbia
  RU: "cis", // Russia
  RW: "africa", // Rwanda
  SA: "arab-states", // Saudi Arabia
  SB: "asia-pacific", // Solomon Islands
  SC: "africa", // Seychelles
  SD: "arab-states", // Sudan
  SE: "europe", // Sweden
  SG: "asia-pacific", // Singapore
  SI: "europe", // Slovenia
  SK: "europe", // Slovakia
  SL: "africa", // Sierra Leone
  SM: "europe", // San Marino
  SN: "africa", // Senegal
  SO: "arab-states", // Somalia
  SR: "americas", // Suriname
  SS: "africa", // South Sudan
  ST: "africa", // São Tomé and Príncipe
  SV: "americas", // El Salvador
  SY: "arab-states", // Syria
  SZ: "africa", // Eswatini
  TD: "africa", // Chad
  TG: "africa", // Togo
  TH: "asia-pacific", // Thailand
  TJ: "cis", // Tajikistan
  TL: "asia-pacific", // Timor-Leste
  TM: "cis", // Turkmenistan
  TN: "arab-states", // Tunisia
  TO: "asia-pacific", // Tonga
  TR: "europe", // Türkiye
  TT: "americas", // Trinidad and Tobago
  TV: "asia-pacific", // Tuvalu
  TZ: "africa", // Tanzania
  UA: "europe", // Ukraine
  UG: "africa", // Uganda
  US: "americas", // United States
  UY: "americas", // Uruguay
  UZ: "cis", // Uzbekistan
  VA: "europe", // Holy See
  VC: "americas", // Saint Vincent and the Grenadines
  VE: "americas", // Venezuela
  VN: "asia-pacific", // Viet Nam
  VU: "asia-pacific", // Vanuatu
  WS: "asia-pacific", // Samoa
  YE: "arab-states", // Yemen
  ZA: "africa", // South Africa
  ZM: "africa", // Zambia
  ZW: "africa", // Zimbabwe
};

export const countryCodes: string[] = Object.keys(countryRegions).sort();

export function isCountryCode(code: unknown): code is string {
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(countryRegions, code);
}

export function regionOf(code: string): ItuRegion | undefined {
  return isCountryCode(code) ? countryRegions[code] : undefined;
}
