"""Filler pools: names, places, channels, objects, counts.

Pools are flat lists; grammar.half_of gives train the even items and dev/test the odd ones.
Lists built from two parts (a stem and a suffix) are interleaved by stem half, so a street
stem used in training never appears in test either.
"""

from __future__ import annotations


def interleave_by_stem(stems: list[str], suffixes: list[str], fmt: str = "{} {}") -> list[str]:
    """Combine stems with suffixes so even positions use even stems and odd positions odd stems."""
    a = [fmt.format(s, x) for s in stems[0::2] for x in suffixes]
    b = [fmt.format(s, x) for s in stems[1::2] for x in suffixes]
    n = min(len(a), len(b))
    out: list[str] = []
    for i in range(n):
        out.extend((a[i], b[i]))
    return out


FEMALE_FIRST = [
    "Ayesha", "Chloe", "Siobhan", "Niamh", "Priya", "Amara", "Zofia", "Megan", "Fatima", "Rhiannon",
    "Grace", "Chidinma", "Hannah", "Aleksandra", "Sadia", "Kirsty", "Olivia", "Nasra", "Leanne", "Mei",
    "Jasmine", "Ewa", "Shauna", "Abimbola", "Lauren", "Roxana", "Harpreet", "Bethan", "Yasmin", "Ioana",
    "Gemma", "Adaeze", "Kelly", "Shabnam", "Sophie", "Agnieszka", "Tanisha", "Carys", "Hafsa", "Donna",
    "Ruth", "Layla", "Naomi", "Mariam", "Stacey", "Nkechi", "Emma", "Farah", "Lucy", "Hodan",
    "Aoife", "Anjali", "Charlotte", "Esi", "Natalie", "Hina", "Zara", "Ffion", "Simone", "Lina",
    "Amy", "Rukhsana", "Kayleigh", "Yewande", "Paula", "Iqra", "Eilidh", "Joanna", "Sana", "Toni",
    "Dorota", "Keisha", "Rachel", "Nusrat", "Beatriz", "Jodie", "Ama", "Lowri", "Saima", "Demi",
    "Xiu", "Katarzyna", "Michelle", "Asma", "Ellie", "Funmi", "Tasha", "Shirin", "Caitlin", "Marta",
    "Bushra", "Holly", "Ngozi", "Claire", "Parveen", "Kamila", "Sinead", "Efua", "Abigail", "Rosa",
]

MALE_FIRST = [
    "Kieran", "Imran", "Dariusz", "Gary", "Tunde", "Callum", "Arjun", "Liam", "Mohammed", "Rhys",
    "Kwame", "Jamie", "Tomasz", "Shane", "Bilal", "Dean", "Chukwuemeka", "Craig", "Harjit", "Owen",
    "Adnan", "Lee", "Mihai", "Ryan", "Kofi", "Darren", "Sandeep", "Connor", "Abdi", "Wayne",
    "Piotr", "Jordan", "Hassan", "Gareth", "Emeka", "Stuart", "Rizwan", "Aled", "Marcus", "Andrzej",
    "Tariq", "Scott", "Ifeanyi", "Martin", "Kamran", "Declan", "Yusuf", "Nathan", "Vikram", "Lewis",
    "Ciaran", "Faisal", "Jason", "Oluwaseun", "Mark", "Lukasz", "Aaron", "Zain", "Ricky", "Samir",
    "Sean", "Amir", "Carl", "Kayode", "Dylan", "Rafal", "Paul", "Nadeem", "Ben", "Tyrone",
    "Adam", "Wei", "Jake", "Osman", "Neil", "Ionut", "Kyle", "Asif", "Robert", "Kelechi",
    "Daniel", "Usman", "Mason", "Gheorghe", "Terry", "Junaid", "Ashley", "Yaw", "Shaun", "Karol",
    "Ahmed", "Steven", "Femi", "Bradley", "Ravi", "Elliot", "Hamza", "Matthew", "Arturas", "Gavin",
]

SURNAMES = [
    "HOLT", "KHAN", "NOWAK", "ASHDOWN", "OKAFOR", "PATEL", "MURPHY", "JONES", "BEGUM", "WALSH",
    "MENSAH", "KOWALSKI", "HUSSAIN", "PRICE", "ADEYEMI", "EVANS", "SINGH", "CAMPBELL", "AHMED", "TAYLOR",
    "OSEI", "POPESCU", "RAHMAN", "HUGHES", "OBI", "THOMPSON", "CHAUDHRY", "DAVIES", "WISNIEWSKI", "REID",
    "IQBAL", "BOATENG", "LEWANDOWSKI", "MORGAN", "ALI", "FLETCHER", "NWOSU", "DOHERTY", "SHAH", "PARRY",
    "OWUSU", "ZIELINSKI", "MAHMOOD", "KELLY", "ADEBAYO", "WRIGHT", "GILL", "STEWART", "YUSUF", "HARRIS",
    "CHEN", "WOJCIK", "MALIK", "ROBERTS", "EZE", "BURNS", "SHARMA", "JENKINS", "HASSAN", "MCDONALD",
    "DIALLO", "KAMINSKI", "AKHTAR", "WATKINS", "OGUNDIPE", "BYRNE", "KAUR", "MORRIS", "FARAH", "TURNER",
    "LIU", "NOVAK", "QURESHI", "LLOYD", "ANI", "ROONEY", "BHATTI", "PHILLIPS", "WARSAME", "COLLINS",
    "YILMAZ", "DUMITRU", "AZIZ", "GRIFFITHS", "ASANTE", "QUINN", "MISTRY", "BAILEY", "OMAR", "DUNN",
    "SANTOS", "PETROV", "RASHID", "POWELL", "ADDO", "MCCARTHY", "DHILLON", "CARTER", "ABDI", "KERR",
    "FERREIRA", "VASILE", "ANWAR", "BEVAN", "OKONKWO", "NOLAN", "JOSHI", "SHAW", "ISMAIL", "CLARKE",
    "DEMIR", "BALOGUN", "NAWAZ", "PRITCHARD", "ACHEAMPONG", "FOLEY", "VERMA", "MILLS", "ABUBAKAR", "GRANT",
]

TOWNS = [
    "Luton", "Wrexham", "Rotherham", "Swindon", "Oldham", "Barry", "Bedford", "Stockport", "Grimsby", "Newport",
    "Walsall", "Scunthorpe", "Crawley", "Bolton", "Gloucester", "Llanelli", "Dudley", "Wigan", "Slough", "Bangor",
    "Wakefield", "Ipswich", "Burnley", "Merthyr", "Derby", "Hastings", "Blackburn", "Rhyl", "Peterborough", "Stoke",
    "Carlisle", "Bridgend", "Sunderland", "Basildon", "Preston", "Neath", "Telford", "Margate", "Halifax", "Chester",
    "Coventry", "Lowestoft", "Huddersfield", "Caerphilly", "Northampton", "Dover", "Rochdale", "Pontypridd",
    "Wolverhampton", "Exeter", "Bradford", "Aberystwyth", "Leicester", "Torquay", "Middlesbrough", "Cwmbran",
    "Reading", "Worthing", "Doncaster", "Harlow",
]

_STREET_STEMS = [
    "Holt", "Bramley", "Station", "Kingsway", "Albert", "Cedar", "Mill", "Harrow", "Victoria", "Chapel",
    "Ashby", "Orchard", "Bridge", "Greenfield", "Church", "Larch", "Windsor", "Priory", "Beech", "Tudor",
    "Meadow", "Clarence", "Elm", "Marlborough", "Hawthorn", "Park", "Rowan", "Castle", "Willow", "Carlton",
    "Heol Maes", "Moor", "Alder", "Brook", "Oak Tree", "Queens", "Fairfield", "Bank", "Hollybush", "Grange",
]
_STREET_TYPES = ["Lane", "Road", "Close", "Street", "Avenue", "Crescent", "Drive", "Way"]
STREETS = interleave_by_stem(_STREET_STEMS, _STREET_TYPES)

# where the victim goes: places conduct happens at or between
PLACES = [
    "the station", "the leisure centre", "the gym", "the bus station", "{Vposs} work", "the retail park",
    "the Tesco car park", "the Aldi on the ring road", "the school gates", "the nursery", "{Vposs} mum's house",
    "{Vposs} sister's flat", "the college", "the library", "the doctors", "the pharmacy", "the park", "the canal path",
    "the pub on the corner", "the community centre", "the bus stop", "the tram stop", "the hospital car park",
    "the shopping centre", "the church hall", "the precinct", "{Vposs} friend's house", "the chippy", "the barbers",
    "the swimming baths", "the petrol station", "the corner shop", "the Co-op", "the laundrette",
    "the job centre", "the train station car park", "the dance studio", "the allotments", "the cafe {Vsubj} {Vworks} at",
    "the taxi rank",
]

# places tied to the victim (home, work) used for turning up, loitering, watching
HER_PLACES = [
    "{Vposs} home address", "{Vposs} workplace", "{Vposs} flat", "the office where {Vsubj} {Vworks}", "{Vposs} front door",
    "{Vposs} parents' address", "the salon where {Vsubj} {Vworks}", "{Vposs} new address", "the school where {Vsubj} {Vteaches}",
    "{Vposs} place of work", "the care home where {Vsubj} {Vworks}", "{Vposs} house", "the warehouse where {Vsubj} {Vworks}",
    "{Vposs} daughter's school", "the hospital where {Vsubj} {Vworks}", "the shop where {Vsubj} {Vworks}", "{Vposs} gym",
    "{Vposs} university halls", "the call centre where {Vsubj} {Vworks}", "{Vposs} mum's address", "the depot where {Vsubj} {Vworks}",
    "{Vposs} block of flats", "the bank where {Vsubj} {Vworks}", "{Vposs} back gate", "the garage where {Vsubj} {Vworks}",
    "{Vposs} friend's address where {Vsubj} {Vwas} staying", "the pharmacy where {Vsubj} {Vworks}", "{Vposs} allotment",
    "the restaurant where {Vsubj} {Vworks}", "{Vposs} son's nursery",
]

VEHICLES = [
    "a silver Corsa", "a black Audi A3", "a white Transit van", "a blue Fiesta", "a grey Golf", "a red Clio",
    "a black BMW", "a green Astra", "a white Qashqai", "a dark Focus", "a silver Yaris", "a maroon Micra",
    "a black Range Rover", "a white Polo", "a blue Zafira", "a grey Octavia", "a black taxi", "a white Kuga",
    "a silver Passat", "a red Citroen", "a black Mercedes", "a grey Juke", "a yellow Punto", "a blue Berlingo",
]

# message channels (for "by/on/via ...")
MSG_CHANNELS = [
    "by text", "on WhatsApp", "on Instagram", "on Facebook Messenger", "by email", "on Snapchat",
    "through TikTok", "by iMessage", "on Telegram", "via LinkedIn", "on Signal", "through {Vposs} work email",
    "by DM on Instagram", "on Facebook", "by SMS", "on X", "through a dating app", "via Viber",
    "in WhatsApp voice notes", "through Teams at work", "by voicemail", "on Discord", "through {Vposs} Etsy shop messages",
    "via the school parents' group chat",
]

PLATFORMS = [
    "Facebook", "Instagram", "TikTok", "Snapchat", "X", "a dating site", "Reddit", "OnlyFans", "a local selling group",
    "LinkedIn", "YouTube", "a community forum", "Tinder", "a Telegram channel", "Pinterest", "Bumble",
]

GIFT_ITEMS = [
    "flowers", "a teddy bear", "a box of chocolates", "a bottle of perfume", "a card", "a framed photo of them",
    "a necklace", "a letter", "a bunch of roses", "a cake", "a CD of songs", "a poem", "a parcel of her old photos",
    "balloons", "a ring box", "a handwritten note", "a bracelet", "a hamper", "a scarf", "a jumper he had bought her",
    "a stuffed toy", "tickets to a gig", "a plant", "a keyring with her initials",
]

PROPERTY_ITEMS = [
    "{Vposs} tyres", "{Vposs} wing mirror", "{Vposs} car door", "{Vposs} bins", "{Vposs} fence panels", "{Vposs} plant pots", "{Vposs} doorbell camera",
    "{Vposs} letterbox", "{Vposs} windscreen wipers", "{Vposs} car paintwork", "{Vposs} garden gnomes", "{Vposs} bike", "{Vposs} gate lock",
    "{Vposs} security light", "{Vposs} washing line", "{Vposs} windows", "{Vposs} wheelie bin", "{Vposs} shed door", "{Vposs} hanging baskets",
    "{Vposs} car aerial",
]

THIRD_PARTIES = [
    "{Vposs} sister", "a mutual friend", "{Vposs} best friend", "{Vposs} mum", "{Vposs} cousin", "a colleague", "{Vposs} brother",
    "{Vposs} flatmate", "{Sposs} own mother", "a friend of {Sposs}", "{Vposs} neighbour", "{Vposs} manager", "{Vposs} son", "{Vposs} aunt",
    "the school receptionist", "{Vposs} new partner",
]

RELATIVES_AT_RISK = [
    "{Vposs} brother", "{Vposs} dad", "{Vposs} new partner", "{Vposs} son", "{Vposs} sister's husband", "{Vposs} cousin", "{Vposs} uncle",
    "{Vposs} stepfather", "{Vposs} nephew", "{Vposs} mum's partner",
]

WEAPONS = [
    "a knife", "a hammer", "a bat", "a machete", "a brick", "a screwdriver", "a bottle", "an iron bar",
    "a golf club", "a crowbar",
]

ISSUES = [
    "the shared driveway", "where {Vposs} car gets parked", "the boundary fence", "noise from {Vposs} flat",
    "money {Spr} says {Vsubj} {Vowes} {Sobjp}", "the sale of their old house", "a dispute over a car {Spr} sold {Vobj}",
    "the hedge between the gardens", "a complaint {Vsubj} made about {Sobjp} at work", "a disputed tenancy deposit",
    "an unpaid invoice for building work", "{Vposs} dog barking", "a falling-out over a business they ran",
    "the council's decision on his planning objection", "rubbish left by the bins", "the right of way at the back",
    "a refund for a sofa", "a row about the service charge",
]

COUNT_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
]

COMPANIES = [
    "Lowther Credit Recovery", "Redline Collections", "Marchmont Enforcement", "Apex Debt Solutions",
    "Harcourt Bailiff Services", "Keystone Recoveries", "Northgate Credit Management", "Beacon Enforcement Agents",
    "Sterling Debt Recovery", "Fenwick Collections", "Castleton Recovery Group", "Pinnacle Enforcement",
]

MSG_COUNTS = [
    "14", "twenty", "over 30", "dozens of", "40", "more than fifty", "six", "a stream of", "at least 25", "eleven",
    "over a hundred", "19", "loads of", "sixty", "27", "a string of", "nine", "over 60", "a barrage of", "33",
]
DIGITS = [str(i) for i in range(1, 10)]
