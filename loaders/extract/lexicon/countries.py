"""Countries: names, ISO codes, capitals and nationality adjectives."""

from __future__ import annotations

import pycountry

# country name, ISO code, capital, nationality adjectives
_COUNTRIES: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("Afghanistan", "AF", "Kabul", ("Afghan",)),
    ("Algeria", "DZ", "Algiers", ("Algerian",)),
    ("Argentina", "AR", "Buenos Aires", ("Argentine", "Argentinian")),
    ("Armenia", "AM", "Yerevan", ("Armenian",)),
    ("Australia", "AU", "Canberra", ("Australian",)),
    ("Austria", "AT", "Vienna", ("Austrian",)),
    ("Azerbaijan", "AZ", "Baku", ("Azerbaijani", "Azeri")),
    ("Bahrain", "BH", "Manama", ("Bahraini",)),
    ("Bangladesh", "BD", "Dhaka", ("Bangladeshi",)),
    ("Belarus", "BY", "Minsk", ("Belarusian",)),
    ("Belgium", "BE", "Brussels", ("Belgian",)),
    ("Brazil", "BR", "Brasilia", ("Brazilian",)),
    ("Bulgaria", "BG", "Sofia", ("Bulgarian",)),
    ("Burundi", "BI", "Gitega", ("Burundian",)),
    ("Canada", "CA", "Ottawa", ("Canadian",)),
    ("Central African Republic", "CF", "Bangui", ("Central African",)),
    ("Chad", "TD", "N'Djamena", ("Chadian",)),
    ("China", "CN", "Beijing", ("Chinese",)),
    ("Colombia", "CO", "Bogota", ("Colombian",)),
    ("Cuba", "CU", "Havana", ("Cuban",)),
    ("Cyprus", "CY", "Nicosia", ("Cypriot",)),
    ("Czech Republic", "CZ", "Prague", ("Czech",)),
    ("Denmark", "DK", "Copenhagen", ("Danish",)),
    ("Egypt", "EG", "Cairo", ("Egyptian",)),
    ("Eritrea", "ER", "Asmara", ("Eritrean",)),
    ("Ethiopia", "ET", "Addis Ababa", ("Ethiopian",)),
    ("Finland", "FI", "Helsinki", ("Finnish",)),
    ("France", "FR", "Paris", ("French",)),
    ("Georgia", "GE", "Tbilisi", ("Georgian",)),
    ("Germany", "DE", "Berlin", ("German",)),
    ("Ghana", "GH", "Accra", ("Ghanaian",)),
    ("Greece", "GR", "Athens", ("Greek",)),
    ("Hungary", "HU", "Budapest", ("Hungarian",)),
    ("India", "IN", "New Delhi", ("Indian",)),
    ("Indonesia", "ID", "Jakarta", ("Indonesian",)),
    ("Iran", "IR", "Tehran", ("Iranian",)),
    ("Iraq", "IQ", "Baghdad", ("Iraqi",)),
    ("Ireland", "IE", "Dublin", ("Irish",)),
    ("Israel", "IL", "Jerusalem", ("Israeli",)),
    ("Italy", "IT", "Rome", ("Italian",)),
    ("Japan", "JP", "Tokyo", ("Japanese",)),
    ("Jordan", "JO", "Amman", ("Jordanian",)),
    ("Kazakhstan", "KZ", "Astana", ("Kazakh",)),
    ("Kenya", "KE", "Nairobi", ("Kenyan",)),
    ("Kosovo", "XK", "Pristina", ("Kosovar", "Kosovan")),
    ("Kuwait", "KW", "Kuwait City", ("Kuwaiti",)),
    ("Kyrgyzstan", "KG", "Bishkek", ("Kyrgyz",)),
    ("Lebanon", "LB", "Beirut", ("Lebanese",)),
    ("Libya", "LY", "Tripoli", ("Libyan",)),
    ("Lithuania", "LT", "Vilnius", ("Lithuanian",)),
    ("Malaysia", "MY", "Kuala Lumpur", ("Malaysian",)),
    ("Mali", "ML", "Bamako", ("Malian",)),
    ("Mexico", "MX", "Mexico City", ("Mexican",)),
    ("Morocco", "MA", "Rabat", ("Moroccan",)),
    ("Netherlands", "NL", "Amsterdam", ("Dutch",)),
    ("Nigeria", "NG", "Abuja", ("Nigerian",)),
    ("North Korea", "KP", "Pyongyang", ("North Korean",)),
    ("Norway", "NO", "Oslo", ("Norwegian",)),
    ("Oman", "OM", "Muscat", ("Omani",)),
    ("Pakistan", "PK", "Islamabad", ("Pakistani",)),
    ("Palestine", "PS", "Ramallah", ("Palestinian",)),
    ("Poland", "PL", "Warsaw", ("Polish",)),
    ("Portugal", "PT", "Lisbon", ("Portuguese",)),
    ("Qatar", "QA", "Doha", ("Qatari",)),
    ("Romania", "RO", "Bucharest", ("Romanian",)),
    ("Russia", "RU", "Moscow", ("Russian",)),
    ("Rwanda", "RW", "Kigali", ("Rwandan",)),
    ("Saudi Arabia", "SA", "Riyadh", ("Saudi",)),
    ("Serbia", "RS", "Belgrade", ("Serbian",)),
    ("Somalia", "SO", "Mogadishu", ("Somali",)),
    ("South Africa", "ZA", "Pretoria", ("South African",)),
    ("South Korea", "KR", "Seoul", ("South Korean", "Korean")),
    ("South Sudan", "SS", "Juba", ("South Sudanese",)),
    ("Spain", "ES", "Madrid", ("Spanish",)),
    ("Sudan", "SD", "Khartoum", ("Sudanese",)),
    ("Sweden", "SE", "Stockholm", ("Swedish",)),
    ("Switzerland", "CH", "Bern", ("Swiss",)),
    ("Syria", "SY", "Damascus", ("Syrian",)),
    ("Tajikistan", "TJ", "Dushanbe", ("Tajik",)),
    ("Tanzania", "TZ", "Dodoma", ("Tanzanian",)),
    ("Tunisia", "TN", "Tunis", ("Tunisian",)),
    ("Turkey", "TR", "Ankara", ("Turkish",)),
    ("Uganda", "UG", "Kampala", ("Ugandan",)),
    ("Ukraine", "UA", "Kyiv", ("Ukrainian",)),
    ("United Arab Emirates", "AE", "Abu Dhabi", ("Emirati", "UAE")),
    ("United Kingdom", "GB", "London", ("British", "UK")),
    ("United States", "US", "Washington", ("American", "US", "U.S.")),
    ("Uzbekistan", "UZ", "Tashkent", ("Uzbek",)),
    ("Venezuela", "VE", "Caracas", ("Venezuelan",)),
    ("Vietnam", "VN", "Hanoi", ("Vietnamese",)),
    ("Yemen", "YE", "Sanaa", ("Yemeni",)),
]

COUNTRY_CODE: dict[str, str] = {}
"""Country name, adjective or capital (folded) -> ISO code."""
COUNTRY_NAME: dict[str, str] = {}
"""ISO code -> country name."""
CAPITAL: dict[str, str] = {}
"""ISO code -> capital city."""
DEMONYM: dict[str, str] = {}
"""Nationality adjective (folded) -> ISO code."""
CAPITAL_CODE: dict[str, str] = {}
"""Capital city (folded) -> ISO code."""

for _name, _code, _capital, _adjectives in _COUNTRIES:
    COUNTRY_NAME[_code] = _name
    CAPITAL[_code] = _capital
    COUNTRY_CODE[_name.casefold()] = _code
    CAPITAL_CODE[_capital.casefold()] = _code
    for _adj in _adjectives:
        DEMONYM[_adj.casefold()] = _code
for _country in pycountry.countries:
    # every other country by its plain name ('Senegal', 'Bolivia'); not 'Korea, Republic of'
    for _plain in (getattr(_country, "common_name", None), _country.name):
        if _plain and not any(c in _plain for c in ",()") and _country.alpha_2 not in CAPITAL:
            COUNTRY_CODE.setdefault(_plain.casefold(), _country.alpha_2)
            COUNTRY_NAME.setdefault(_country.alpha_2, _plain)
COUNTRY_CODE.update({"usa": "US", "america": "US", "britain": "GB", "uae": "AE", "us": "US"})
COUNTRY_CODE.update({"türkiye": "TR", "turkiye": "TR", "emirates": "AE"})


def country_of_word(word: str) -> str | None:
    """The ISO code a country name or nationality adjective stands for, if any."""
    key = word.casefold().replace("’s", "").replace("'s", "")
    bare = key.strip(".")
    return DEMONYM.get(bare) or COUNTRY_CODE.get(bare) or DEMONYM.get(key) or COUNTRY_CODE.get(key)


def adjective_of(code: str | None) -> str:
    """The nationality word for a country code: 'US', 'Turkish'; empty when unknown."""
    words = sorted((w for w, c in DEMONYM.items() if c == code), key=len)
    if not words:
        return ""
    short = words[0]
    return short.upper() if len(short) <= 3 else max(words, key=len).title()
