"""Text that is never an evidence span: negations, hypotheticals, denials, context, boilerplate,
irrelevant detail, loose offence words and admin. Real records are full of it; a model must
learn to look past it (and must not learn that its presence predicts a label).
"""

from __future__ import annotations

# Negated or hypothetical mentions. Keyed by what they deny, so a plan only uses the ones
# its facts allow (no "no threats were made" in a threats case).
NEGATION = {
    "threat": [
        "no threats [were|have been] made",
        "{Spr} has never threatened {Vobj}",
        "nothing threatening was said",
        "there [were|have been] no threats of violence",
        "{Vsubj} <be:v> clear that {Spr} has not threatened {Vobj}",
        "no threat to harm {Vobj} has been made at any point",
        "at no point did {Spr} threaten {Vobj}",
        "{Vsubj} <confirm:v> no threats of violence",
    ],
    "fear": [
        "{Vsubj} <be:v> not scared {Spr} {will} hurt {Vobj}",
        "{Vsubj} <do:v> not believe {Spr} {will} harm {Vobj}",
        "{Vsubj} <be:v> not in fear of violence, {Vsubj} just {Vwants} it to stop",
        "{Vsubj} <say:v> {Vsubj} <be:v> more fed up than frightened",
        "{Vsubj} <do:v> not think {Spr} {will} ever get physical",
        "{Vsubj} <be:v> not afraid for {Vposs} own safety",
        "{Vsubj} <do:v> not fear violence from {Sobjp}",
        "{Vsubj} <be:v> annoyed rather than scared",
    ],
    "fear_self": [
        "{Vsubj} <be:v> not afraid for {Vrefl}",
        "{Vsubj} <do:v> not think {Spr} {will} touch {Vobj}, only {Vposs} family",
        "{Vsubj} <be:v> worried for them but not for {Vrefl}",
        "{Vsubj} <say:v> {Vsubj} <be:v> not scared of {Sobjp} personally",
        "{Vsubj} <do:v> not fear {Spr} {will} hurt {Vobj}",
        "{Vsubj} <be:v> clear {Spr} has never threatened {Vobj} directly",
    ],
    "follow": [
        "there is nothing to say {Spr} has followed {Vobj}",
        "{Spr} has never followed {Vobj}",
        "{Spr} did not follow {Vobj}",
        "{Vsubj} <do:v> not think {Spr} has been following {Vobj}",
        "no suggestion {Spr} has followed {Vobj} anywhere",
    ],
    "turn_up": [
        "{Spr} has not been to {Vposs} address",
        "{Spr} has never come to the house",
        "{Spr} did not come to the door",
        "{Spr} has not attended {Vposs} work",
        "there has been no attendance at the address",
    ],
    "property": [
        "nothing has been damaged",
        "no damage to property",
        "{Vsubj} <have:v> had no damage to {Vposs} car or house",
        "no property has been interfered with",
    ],
    "monitor": [
        "no tracking device was found on the car",
        "{Vsubj} <do:v> not think {Spr} has access to {Vposs} accounts",
        "there is no sign of spyware on {Vposs} phone",
        "{Vposs} accounts have not been accessed",
    ],
    "race": [
        "{Vsubj} <do:v> not think it is racially motivated",
        "no racial remarks were made",
        "not believed to be hate related",
        "{Vsubj} <do:v> not feel race or religion has anything to do with it",
        "there is nothing to suggest a hate element",
        "no hostility based on race or religion was shown",
    ],
    "since": [
        "no further contact since",
        "{Spr} has not been in touch since",
        "nothing further has happened since",
        "{Vsubj} <have:v> heard nothing from {Sobjp} since",
        "{Spr} has not been back since",
    ],
    "weapon": ["no weapons seen", "no weapons mentioned", "no injuries", "no assault took place", "no physical contact"],
}

HYPOTHETICAL = [
    "if {Spr} [comes back|turns up again|comes to the house] {Vsubj} {will} [call 999|ring 999 straight away]",
    "{Vsubj} <be:v> worried {Spr} might [start following {Vobj}|turn up at {Vposs} work|find out where {Vsubj} {Vlives}]",
    "advised to call 999 if {Spr} [attends the address|approaches {Vobj}|is seen nearby]",
    "{Vsubj} <ask:v> what would happen if {Spr} started following {Vobj}",
    "should {Spr} make any threats {Vsubj} <be:v> to report them straight away",
    "{Vsubj} <worry:v> {Spr} could try to get into {Vposs} accounts",
    "if {Spr} sends any more messages {Vsubj} {will} screenshot them",
    "{Vsubj} <fear:v> {Spr} may [come looking for {Vobj}|turn nasty] if {Spr} finds out",
    "in case {Spr} [turns up|follows {Vobj}], {Vsubj} <have:v> the 999 app",
    "{Vsubj} <wonder:v> whether {Spr} might [damage {Vposs} car|tell people lies about {Vobj}]",
]

DENIAL = [
    "{S} <deny> [following|contacting|watching|threatening] {Vobj}",
    "{S} <deny> being anywhere near {her_place}",
    "{S} <deny> sending the messages and <say> {Spossp} phone was stolen",
    "{S} <claim> {Vsubj} <be:v> making it up",
    "{S} <deny> any wrongdoing when spoken to",
    "{S} <say> it was [all a misunderstanding|just banter|a coincidence]",
    "{S} <deny> it was {Sobjp} in the car",
    "{S} <refuse> to comment when asked about the messages",
]

# context that a registrar uses but that is not evidence of conduct
RACE_MENTION = [
    "{Vposs} family are from [Pakistan|Nigeria|Poland|Jamaica|Bangladesh|Romania|Somalia|Ghana]",
    "a[n Urdu| Polish| Romanian| Punjabi| Arabic| Lithuanian| Tigrinya] interpreter was used",
    "{Vsubj} had been on {Vposs} way back from [the mosque|the gurdwara|church|the synagogue|the temple]",
    "{Sposs} family run the [Polish deli|Turkish barbers|Indian takeaway|Caribbean bakery] on the corner",
    "the two first met at a [Diwali|Eid|church|Vaisakhi] event",
    "{Vsubj} <wear:v> a headscarf",
    "{Vsubj} <be:v> a practising [Sikh|Muslim|Catholic|Hindu]",
    "both are members of the same [church|mosque|gurdwara]",
    "{S} is described as [IC1|IC3|IC4|IC6] male",
    "{Vsubj} came to the UK from [Lithuania|Portugal|Eritrea|Hong Kong|Kenya] [six|ten|two] years ago",
    "{Vsubj} <speak:v> limited English; [a friend|{Vposs} son] translated",
    "they met through a [Nigerian|Polish|Tamil|Kurdish] community group",
]

ISSUE_STATEMENT = [
    "it is all about {issue}",
    "the whole thing stems from {issue}",
    "the dispute is over {issue}",
    "{Spr} keeps going on about {issue}",
    "everything comes back to {issue}",
    "the trouble is about {issue} and nothing else",
    "{Spr} says it is about {issue}",
    "the falling-out is over {issue}",
]

MUTUAL = [
    "both parties were shouting at each other",
    "{Vsubj} <admit:v> {Vsubj} also sent abusive messages back",
    "each blames the other and both were swearing",
    "the arguments go both ways",
    "{Vsubj} <accept:v> {Vsubj} gave as good as {Vsubj} got",
    "both have called police about each other in the past",
    "they have argued on and off and got back together each time",
    "it was a two-way row, {Vsubj} threw a cup at the wall as well",
    "{Sposs} account is that {Vsubj} started it and neighbours heard both of them",
    "the relationship is described as volatile on both sides",
]

RECONCILED = [
    "the couple got back together [in {month}|a few weeks later|soon after]",
    "they reconciled and lived together again for several months",
    "{Vsubj} <take:v> {Sobjp} back [in {month}|shortly afterwards] and things were fine for a while",
    "they patched things up and went on holiday together in between",
    "after the first incident they resumed the relationship",
]

LAWFUL = [
    "the letters relate to an unpaid [phone bill|council tax debt|catalogue account|parking charge]",
    "the agent was there to enforce a county court judgment",
    "the calls are from {company} chasing a debt {Vsubj} <accept:v> {Vsubj} {Vowes}",
    "the firm is acting for {Vposs} [energy supplier|landlord|bank]",
    "{company} are instructed to collect arrears on {Vposs} account",
    "enforcement agents attended with a warrant of control",
    "the landlord's agent served notice in line with the tenancy",
    "the council's enforcement team are chasing unpaid council tax",
]

CCB = [
    "{S} <control> {Vposs} bank card and <give> {Vobj} an allowance",
    "{S} <check> {Vposs} phone every night",
    "{S} <decide> who {Vsubj} {can} see",
    "{S} <track> where {Vsubj} {Vgoes} through {Vposs} phone",
    "{S} <stop> {Vobj} going out with friends",
    "{S} <take> {Vposs} wages and <make> {Vobj} ask for money",
    "{S} <read> all {Vposs} messages and <question> {Vobj} about them",
    "{S} <tell> {Vobj} what to wear and who to talk to",
]
LIVE_TOGETHER = [
    "they still live together at the address",
    "the couple are together and share the flat",
    "{Vsubj} and {S} live together with the children",
    "they have been together {nword} years and still live together",
    "the relationship is ongoing and they live at the same address",
]

SINGLE_MARK = [
    "this is the first time anything like this has happened",
    "a one-off [incident|argument|outburst]",
    "there has been nothing before or since",
    "it was a single [incident|exchange|message]",
    "{Vsubj} <have:v> had no trouble from {Sobjp} before",
    "there is no history between them",
    "it happened just the once",
    "nothing like it has happened before",
]

ONE_CONVERSATION = [
    "it was all one conversation [that evening|over about an hour]",
    "the messages were a single back-and-forth exchange on the one night",
    "it was one heated conversation and nothing since",
    "it all happened in the one chat that evening",
    "they were part of one argument by text",
    "the whole exchange lasted about forty minutes",
]

ADVICE = [
    "advice given re saving evidence",
    "IP advised to keep a diary of any further incidents",
    "safeguarding advice given, IP has the 999 app",
    "crime prevention advice given",
    "IP given crime ref and Victim Support details",
    "IDVA referral offered",
    "text ref sent to IP's mobile",
    "IP advised to ring 101 with any further info",
    "advised re blocking and reporting on the platform",
    "call back arranged for tomorrow",
    "IP given the National Stalking Helpline number",
    "advised to screenshot messages and not to reply",
    "IP advised on personal safety and given a panic alarm",
    "Victim Support referral made with consent",
    "advice given re civil remedies",
    "IP advised to tell work security",
    "leaflet given re keeping safe online",
    "IP happy with advice, no further questions",
]

SAFEGUARDING = [
    "Children in household: [none|1|2|3|1 (aged 4)|2 (aged 7 and 9)]",
    "Vulnerability: [none disclosed|mental health (anxiety)|pregnant|lives alone]",
    "Safeguarding: IP has a safe place to stay",
    "Firearms: none known",
    "Warning markers: [nil|DA standard|violence]",
    "Repeat victim: [Y|N]",
    "THRIVE completed",
    "Threat: [low|medium|high]. Harm: [low|medium]. Risk: [standard|medium]",
    "Welfare check: IP safe and well",
    "Consent for referral: [Y|N]",
    "Support needs: [none|interpreter|hearing loop]",
    "Safety plan discussed",
]

ADMIN = [
    "resource allocated",
    "ETA [15|20|30|40] mins",
    "log reviewed",
    "TT IP no ans, VM left",
    "awaiting unit",
    "no units available, held in queue",
    "log updated",
    "transferred to DA desk",
    "pending call back",
    "unit assigned, en route",
    "duplicate log linked",
    "caller called back, no answer",
    "log passed to [neighbourhood team|PVP|the IMU] for review",
    "appointment made for tomorrow [am|pm]",
    "TT IP, line busy",
    "updated by [PC|PCSO] {ndig}{ndig}{ndig}{ndig}",
    "crime number requested",
    "log held for scheduled attendance",
]

IRRELEVANT = [
    "[parking|the parking] on {street} is a constant issue",
    "bin day was moved to [Tuesday|Thursday] which caused a row with the council",
    "the street light outside has been out for weeks",
    "a neighbour's dog got out earlier and was returned",
    "{Vsubj} <work:v> shifts at [the hospital|a care home|the distribution centre]",
    "there were roadworks on {street} so officers were delayed",
    "{Vsubj} <have:v> an ongoing dispute with the landlord about damp (not connected)",
    "{Vposs} car was broken into last year (unrelated, no suspect)",
    "{Vsubj} <be:v> waiting on a hospital appointment for [{Vposs} knee|a scan]",
    "{Vsubj} mentioned the communal door has been broken for a month",
    "the kids were at their nan's at the time",
    "{Vsubj} recently changed phone provider",
    "a car was double parked outside when officers arrived",
    "{Vsubj} <be:v> in the middle of moving jobs",
    "the bins on {street} had been knocked over by foxes",
    "{Vposs} neighbour [complained about|asked about] the hedge on the same day (separate matter)",
    "{Vsubj} <have:v> a cat that keeps getting out",
    "it was raining heavily at the time",
    "there is building work going on next door",
    "{Vsubj} had been at {Vposs} [mum's|sister's] for tea earlier",
    "{Vposs} TV licence letter was also mentioned but is not relevant",
    "the buzzer system to the flats is not working",
]

UNRELATED_HISTORY = [
    "in [2019|2021|2022] {Vsubj} reported the theft of a bike from {Vposs} shed (unrelated)",
    "previous log re noise complaint about a different neighbour",
    "{Vsubj} was a witness to an RTC on {street} last year",
    "there is an old log from [2018|2020] about a lost purse",
    "{Vsubj} reported a scam phone call in [March|October] (separate matter)",
    "previous ASB report about youths on the estate, nothing to do with this",
    "{Vposs} son was stopped and searched last year, no further action",
    "prior report of shoplifting at {Vposs} workplace, {Vsubj} was a witness",
]

HISTORY = [
    "prev on file",
    "[linked to|{ndig} linked] logs",
    "see CAD {ndig}{ndig}{ndig}{ndig} of {ddmm}",
    "crime ref {ndig}{ndig}/{ndig}{ndig}{ndig}{ndig}{ndig}/{yy} refers",
    "[2nd|3rd|4th] call today",
    "known to police",
    "no previous on file",
    "MARAC heard [Feb|last year|in {month}]",
    "prev DA at this address",
    "history of calls from this address",
]

# words people use loosely; chosen with no regard to the label, so they carry no signal
LOOSE_WORDS = [
    "{Vsubj} <feel:v> like {Vsubj} <be:v> being stalked",
    "{Vsubj} <say:v> it is harassment and {Vwants} it recorded",
    "a friend told {Vobj} it counts as stalking",
    "{Vsubj} <call:v> it [harassment|stalking|abuse] and {Vwants} {Sobjp} arrested",
    "{Vsubj} <describe:v> it as [being harassed|bullying|stalking]",
    "{Vsubj} <want:v> {Sobjp} warned for harassment",
    "{Vsubj} <be:v> adamant this is stalking",
    "{Vsubj} <feel:v> harassed",
]

CATEGORIES = [
    "HARASSMENT", "STALKING", "DOMESTIC", "CONCERN FOR SAFETY", "NEIGHBOUR DISPUTE", "ASB PERSONAL",
    "MALICIOUS COMMS", "HATE INCIDENT", "SUSPICIOUS CIRCS", "ABANDONED CALL", "BREACH OF ORDER", "THREATS",
    "PUBLIC ORDER", "CRIMINAL DAMAGE", "WELFARE", "NUISANCE CALLS",
]
OFFENCE_WORDS = [
    "harassment", "stalking", "malicious communications", "public order s.4A", "s.4 PHA",
    "stalking involving fear of violence", "racially aggravated harassment", "no crime",
    "breach of NMO", "criminal damage", "ASB", "putting people in fear of violence",
]

OUTCOMES = [
    "Result: crime recorded - {offence_word}",
    "NFA at this time",
    "log closed",
    "filed pending further info",
    "crime raised, allocated to [CID|PVP|the local team]",
    "{Vsubj} <decline:v> to support a prosecution",
    "enquiries ongoing",
    "suspect to be interviewed by appointment",
    "VRR explained",
    "awaiting CPS advice",
    "suspect circulated on PNC",
    "no further calls received",
    "log closed - advice given",
    "case sent to the IMU for screening",
    "reclassified as {offence_word} by the FCIR",
    "outcome: [warning issued|community resolution|charged|released under investigation]",
]

DASH_GRADES = ["STANDARD", "MEDIUM", "HIGH"]

# detail around one occasion that proves nothing (texture for longer texts)
OCCASION_DETAIL = [
    "{Vsubj} was with {Vposs} [friend|daughter|son|mum] at the time",
    "{Vsubj} went inside and locked the door",
    "{Vsubj} rang {Vposs} [sister|mum|friend] straight after",
    "a neighbour [saw|heard] some of it",
    "it was [getting dark|broad daylight|raining] at the time",
    "{Vsubj} did not reply",
    "{Vsubj} kept the screenshots",
    "{Vsubj} did not call police at the time",
    "{Vsubj} was on {Vposs} way home from work",
    "{Vsubj} had just got back from the shops",
    "the kids were in bed",
    "{Vsubj} told {Vposs} manager the next day",
    "{Vsubj} saved the call log",
    "{Vsubj} did not recognise the number at first",
    "{Vsubj} pretended not to notice",
    "there is a doorbell camera but it was not recording",
    "{Vsubj} mentioned it to a friend that evening",
    "{Vsubj} had {Vposs} headphones in",
]
