"""Register banks: how each kind of writer introduces an occasion, names the people, opens and
closes. Registers: "log" (call handler), "officer" (crime report, updates, DASH, review),
"victim" (informal first person), "mg11" (statement in the witness's words), "formal"
(judgment or IOPC retelling).
"""

from __future__ import annotations

# lead-ins for one occasion; {date}/{time}/{vdate}/{fdate}... are set per occasion
LEAD = {
    "log": [
        "{time}", "{date} {time}", "@ {time} on {date}", "{wkday} {date} approx {time}", "{date} -", "approx {time}",
        "{date} at {time}", "on {date}", "{time} hrs", "{date} ({wkday})", "{date} about {time}", "{time} on {date}",
    ],
    "officer": [
        "On {date} at {time}", "At approx {time} on {date}", "{date} -", "On {date}", "At {time} hrs on {date}",
        "On {wkday} {date}", "{date} at about {time},", "On the evening of {date}", "On {date} at around {time}",
        "Shortly after {time} on {date}", "On {date} (approx {time})", "Later, on {date},", "Just before {time} on {date}",
        "Then on {date}", "At about {time} on {wkday} {date}", "On {date}, at approximately {time},",
    ],
    "victim": [
        "on {vdate}", "then on {vdate}", "{vdate}", "after that on {vdate}", "and then {vdate}", "at about {vtime} on {vdate}",
        "the next thing was {vdate} when", "on {vdate} about {vtime}", "then {vdate}", "another time, {vdate},",
        "round {vtime} {vdate}", "so {vdate}", "about {vtime} on {vdate}", "it was {vdate} when",
    ],
    "mg11": [
        "On {fdate} at about {vtime}", "On {wkday} {fdate}", "A few days later, on {fdate},", "Around {vtime} on {fdate}",
        "On {fdate}", "At about {vtime} on {fdate}", "On the evening of {fdate}", "The next time was on {fdate} when",
        "On {fdate}, at roughly {vtime},", "Later, on {fdate},",
    ],
    "formal": [
        "On {fdate}", "At {ftime} hrs on {fdate}", "On the evening of {fdate}", "Later on {fdate}", "On {fdate}, at {ftime} hrs,",
        "Some days later, on {fdate},", "In the early hours of {fdate}", "On or about {fdate}", "On {fdate} at approximately {ftime} hrs",
        "Shortly afterwards, on {fdate},",
    ],
}

# how each register introduces the suspect's relationship to the victim (context, not a span)
RELATIONSHIP = {
    "ex_partner": [
        "{S} is {Vposs} ex-partner; they [split up|separated] [in {month}|about {nword} months ago]",
        "{S} and {Vsubj} were together [for {nword} years|on and off since school] and separated [in {month}|last year]",
        "{S} is {Vposs} former [boyfriend|partner|husband]",
        "the relationship with {Sobj} ended [in {month}|{nword} months ago] [and {Vsubj} moved out|after {nword} years]",
        "{S} is the father of {Vposs} [son|daughter|children]; they are no longer together",
        "{S} is {Vposs} ex, they broke up [in {month}|at Christmas|over the summer]",
        "they had been in a relationship for {nword} years until [{month}|the spring]",
    ],
    "partner": [
        "{S} is {Vposs} [partner|boyfriend|husband] of {nword} years",
        "{S} and {Vsubj} are in a relationship",
        "{S} is {Vposs} current partner",
        "{Vsubj} <be:v> still with {Sobj}",
        "the couple have been together {nword} years",
    ],
    "neighbour": [
        "{S} lives [next door|in the flat below|across the road|two doors down|upstairs]",
        "{S} is {Vposs} neighbour on {street}",
        "{S} moved into the [house|flat] next door [in {month}|last year]",
        "{S} is a neighbour in the same block",
        "the male lives at number {ndig}{ndig} {street}, opposite {Vobj}",
    ],
    "colleague": [
        "{S} works with {Vobj} at [the depot|the call centre|the hospital|the warehouse|the office]",
        "{S} is a colleague [on the same team|in another department|on the night shift]",
        "{S} is a co-worker {Vsubj} {Vhas} known for [a year|a few months|{nword} years]",
        "{S} joined {Vposs} team at work [in {month}|recently]",
        "they work at the same [branch|site|school]",
    ],
    "stranger": [
        "{Vsubj} <do:v> not know {Sobjp}",
        "unknown {Sgender} [IC1|IC3|IC4|] [approx 30s|in {Spossp} 40s|late 20s]",
        "the suspect is not known to {Vobj}",
        "[an unknown {Sgender}|a {Sgender} {Vsubj} did not know]",
        "{Vsubj} had never seen {Sobjp} before [the first time|it started]",
        "a stranger, described as [tall, slim, dark jacket|white, grey hoodie|short, stocky, cap]",
    ],
    "online_acquaintance": [
        "{S} is someone {Vsubj} met on {platform} but never in person",
        "{Vsubj} [chatted to|matched with] {Sobj} on {platform} [a few months ago|in {month}]",
        "{S} is an online contact from {platform}",
        "{Vsubj} met {Sobj} once after talking on {platform}",
        "they got talking in a {platform} group",
    ],
    "family": [
        "{S} is {Vposs} [brother-in-law|cousin|uncle|stepdad|brother|father]",
        "{S} is a relative ({Vposs} [cousin|brother-in-law|uncle])",
        "{S} is {Vposs} [sister's husband|late mum's partner|half-brother]",
        "the suspect is family, {Vposs} [cousin|brother]",
        "{S} is related to {Vobj} by marriage",
    ],
    "customer": [
        "{S} is a [regular customer|customer|client] at the [shop|salon|pharmacy|cafe|gym] where {Vsubj} {Vworks}",
        "{S} first came into {Vposs} work as a customer [in {month}|a few months ago]",
        "{S} is a [patient|client|service user] {Vsubj} {Vhas} dealt with through work",
        "{S} is a customer who got {Vposs} name from {Vposs} work badge",
        "{Vsubj} served {Sobj} at work a few times",
    ],
    "business": [
        "the letters and calls come from {company}",
        "{company} are the agents involved",
        "[a firm|an agency|the company] called {company}",
        "{company} act for {Vposs} creditor",
    ],
}

# the clipped forms call handlers type ("EX P/NER SUSP", "NEIGHBOUR at no.4")
RELATIONSHIP_SHORT = {
    "ex_partner": ["[Ex p/ner|ex-BF|ex-husband|EX PARTNER|ex] {S}", "{S} (ex-p/ner, sep {month})", "ex {S} - [split|seperated] {nword} months ago",
                   "SUSP = IP's ex [p/ner|partner|BF]"],
    "neighbour": ["[NEIGHBOUR|Neighbour|nbr] {S} [at no.{ndig}|next door|opposite]", "{S} (neighbour, lives [upstairs|below|opposite])"],
    "colleague": ["[COLLEAGUE|work colleague|colleague] {S}", "{S} (works with IP)"],
    "stranger": ["[unknown|UNKNOWN|UNK] {Sgender} [IC1|IC3|IC4] [30s|40s|20s]", "SUSP not known to IP"],
    "online_acquaintance": ["[Online contact|someone off {platform}|ONLINE CONTACT] {S}", "{S} (met online, {platform})"],
    "family": ["[Brother-in-law|Cousin|Uncle|Stepdad] {S}", "{S} (family - [cousin|uncle|brother-in-law])"],
    "customer": ["[CUSTOMER|customer|a regular] {S} [at IP's work|at the shop]", "{S} (customer at IP's work)"],
    "partner": ["[P/ner|partner|husband] {S} - still together", "{S} (current p/ner, lives with IP)"],
}

# who reports, when it is not the victim
REPORTERS = [
    "{Vposs} mum", "{Vposs} friend", "{Vposs} employer", "{Vposs} sister", "an IDVA", "{Vposs} housing officer",
    "{Vposs} dad", "a colleague of {Vposs}", "{Vposs} GP surgery", "{Vposs} support worker",
]

OPEN_LOG = [
    "CLR STATES", "caller reports", "CLR REPORTING", "clr says", "INFT STATES", "Caller states", "RP states",
    "CALLER RINGING TO REPORT", "clr advising", "CLR RPTS",
]
OPEN_OFFICER = [
    "IP reports that", "The IP states that", "IP has reported that", "Victim reports", "The victim has called police to report that",
    "IP attended the front counter to report that", "Report via online form:", "IP states", "It is reported that",
    "The informant, the IP, reports that", "IP rang 101 to say that", "Circumstances:",
]
OPEN_VICTIM = [
    "i want to report", "Im writing this because", "ok so basically", "I need to tell someone about", "this has been going on and",
    "Hi, im reporting", "so this is about", "I dont know where to start but", "I am reporting", "I've had enough and",
    "i never thought id be doing this but", "Please can someone help,",
]
OPEN_MG11 = [
    "I am the above named person and I live at an address known to police.",
    "I am making this statement about the behaviour of {S_full}.",
    "This statement is about {S_full}, who I know as {S_first}.",
    "I live in {town} with my [children|partner|mum]. I want to tell police about {S_full}.",
    "I am employed as a [nurse|cashier|teacher|care worker|receptionist]. This statement concerns {S_full}.",
    "I have known {S_full} for about {nword} years.",
]
MG11_DECLARATION = [
    "This statement (consisting of {ndig} page(s) each signed by me) is true to the best of my knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have wilfully stated in it anything which I know to be false, or do not believe to be true.",
    "Statement of: {V_full}. Age: over 18. Occupation: [not given|{occupation}]. This statement is true to the best of my knowledge and belief.",
]
OPEN_FORMAL = [
    "{Srole} and the complainant had known each other for some time.",
    "The facts can be shortly stated.",
    "The complaint concerned the conduct of {Srole} towards the complainant.",
    "This summary is drawn from the police records.",
    "The background is as follows.",
    "The material facts are not in dispute.",
    "The circumstances giving rise to the complaint were these.",
    "What follows is taken from the force's incident and crime records.",
]
CLOSE_FORMAL = [
    "The matter was [initially recorded|first logged] as {offence_word}.",
    "Officers took a statement from the complainant the following day.",
    "{Srole} was arrested [some days later|after the last incident] and interviewed.",
    "The log was closed [the same evening|the next day] with advice given.",
    "A risk assessment was [completed|not completed] at that time.",
    "The complainant later provided screenshots of the messages.",
    "No further action was taken [at that stage|initially].",
    "The case was referred to the Crown Prosecution Service.",
]

VICTIM_ASIDES = [
    "i dont even know why im still putting up with it",
    "my friends keep telling me to go to the police",
    "sorry if this is all over the place",
    "i have screenshots of everything",
    "i just want it to stop",
    "I dont want to get anyone in trouble",
    "honestly its exhausting",
    "my mum said i should report it",
    "i kept all the messages",
    "I work full time so its hard to get time off to come in",
    "i tried to ignore it at first",
    "anyway thats the main stuff",
    "sorry its long",
    "i can send the photos if u need them",
]

DASH_QUESTIONS = [
    "Q1 Has the current incident resulted in injury?", "Q2 Are you very frightened?", "Q3 What are you afraid of?",
    "Q4 Do you feel isolated from family/friends?", "Q5 Are you feeling depressed or having suicidal thoughts?",
    "Q6 Have you separated or tried to separate within the past year?", "Q7 Is there conflict over child contact?",
    "Q8 Does the abuser constantly text, call, contact, follow, stalk or harass you?", "Q9 Are you pregnant?",
    "Q10 Is the abuse happening more often?", "Q11 Is the abuse getting worse?", "Q12 Does the abuser try to control everything you do?",
    "Q13 Has the abuser ever used weapons?", "Q14 Has the abuser ever threatened to kill you?",
    "S1 Is the victim very frightened?", "S2 Is there previous stalking or harassment?", "S3 Has property been damaged?",
    "S4 Does the suspect visit more than three times a week?", "S5 Does the suspect loiter around the victim's home or work?",
    "S6 Has the suspect threatened physical or sexual violence?", "S7 Has the suspect harassed any third party?",
]

SUP_INSTRUCTIONS = [
    "pls look at the whole history not just the latest incident",
    "complete S-DASH Qs",
    "obtain screenshots and exhibit them",
    "consider SPO",
    "review in 7 days",
    "pls ensure DASH done",
    "trace and interview suspect",
    "consider whether CCB applies",
    "check for linked logs",
    "obtain CCTV from the premises",
    "update IP within 48 hrs",
    "record rationale for classification",
    "consider bail conditions on arrest",
    "refer to the stalking clinic for advice",
    "ensure VPS offered",
    "check PNC and PND for the suspect",
]

MO_PREFIX = ["MO:", "M.O. -", "MO -", "MODUS OPERANDI:", "MO FIELD:", "MO/"]
SUMMARY_HEADERS = ["CIRCUMSTANCES", "SUMMARY", "DETAILS OF OFFENCE", "INCIDENT SUMMARY", "BRIEF CIRCS", "OFFENCE DETAILS"]
UPDATE_HEADERS = ["UPDATE", "OEL", "Update", "INV LOG", "Enquiry update", "OIC update", "UPD", "Investigation log"]
OCCUPATIONS = ["nurse", "cashier", "teacher", "care worker", "receptionist", "student", "hairdresser", "bus driver",
               "warehouse operative", "retail assistant", "accountant", "chef"]
