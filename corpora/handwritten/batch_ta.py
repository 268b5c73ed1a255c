# ruff: noqa: E501
"""Hand-written narratives, writer ta: council housing, tower blocks and estates."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="ta",
    pattern="upstairs_neighbour_bangs_door_and_posts_notes_over_washing_machine_noise", relationship="neighbour", occasions=5,
    text="""\
CALLER IS TENANT AT FLAT 14 HARGREAVE HOUSE, BROOKMILL EST. STATES MALE FROM FLAT 18 ABOVE (KNOWN TO HER AS DEAN) HAS BEEN BANGING ON HER DOOR AND SHOUTING ABUSE ABT HER WASHING MACHINE NOISE. 1ST TIME SAT 3RD, AGAIN MON 5TH AT APPROX 2300, AGAIN LAST NIGHT TWICE. CALLS HER A 'SELFISH COW' AND 'SCUM'. HAS ALSO PUT 3 HANDWRITTEN NOTES THROUGH HER LETTERBOX SAYING SHE SHOULD BE EVICTED. NO THREATS MADE. NO DV HIST, NOT KNOWN TO EACH OTHER BEFORE SHE MOVED IN. CALLER FED UP AND WANTS IT TO STOP. HOUSING ASB TEAM AWARE - REF ASB/22/0415. ADV RE PHA, OFFRS TO ATTEND WHEN RESOURCE AVAIL. CALLER HAPPY WITH THAT.""",
    spans=[
        ("STALK_CONTACT", "BANGING ON HER DOOR AND SHOUTING ABUSE"),
        ("REPETITION", "AGAIN MON 5TH AT APPROX 2300"),
        ("REPETITION", "AGAIN LAST NIGHT TWICE"),
        ("STALK_CONTACT", "CALLS HER A 'SELFISH COW' AND 'SCUM'"),
        ("STALK_CONTACT", "PUT 3 HANDWRITTEN NOTES THROUGH HER LETTERBOX"),
        ("UNWANTED", "WANTS IT TO STOP"),
    ],
)

case(
    2, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="clean", batch="ta",
    pattern="ex_partner_waits_in_tower_lift_lobby_victim_moves_to_sister", relationship="ex_partner", occasions=5,
    text="""\
Crime summary: The IP, Leanne MARSH (29), is a council tenant on the 11th floor of Cresswell Tower. She separated from the suspect, Jordan PIKE (31), in early March after a two-year relationship; he moved out and his name was taken off the tenancy at her request. Since 18 March he has been seen waiting in the ground-floor lift lobby on at least five occasions, usually between 0700 and 0800 when she leaves for work. He does not have a fob; other residents have let him in. He tries to talk to her and asks her to "just give it one more go", and on 2 April he walked alongside her to the bus stop on Tanner Road. No threats have been made and she does not say she is frightened he will hurt her. The concierge, Mr OKAFOR, confirms seeing him in the lobby on three mornings and has CCTV stills. Since 9 April the IP has been staying at her sister's address in Eastfield with her daughter, and has moved the child to a breakfast club nearer there. She says she will not go back to the flat while he keeps turning up. Housing asked to consider a management move. Suspect to be interviewed; DASH completed - medium.""",
    spans=[
        ("STALK_LOITER", "seen waiting in the ground-floor lift lobby"),
        ("REPETITION", "on at least five occasions"),
        ("FIXATION", "asks her to \"just give it one more go\""),
        ("STALK_FOLLOW", "walked alongside her to the bus stop on Tanner Road"),
        ("SERIOUS_IMPACT", "has been staying at her sister's address in Eastfield"),
        ("SERIOUS_IMPACT", "moved the child to a breakfast club nearer there"),
        ("STALK_TURN_UP", "he keeps turning up"),
    ],
)

case(
    3, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="ta",
    pattern="landing_neighbour_racist_abuse_and_knife_threats_twice", relationship="neighbour", occasions=2,
    text="""\
I live at 6 Linden Walk on the Parkside estate with my two children. The man at number 9 shares the landing with us. I do not know his surname but people call him Gaz. On Friday 12th May at about 6pm I was carrying the shopping up the stairs because the lift was out again. He was stood on the landing smoking and he said "you lot need to go back where you came from, this is our block". He called me a black bitch. Then he said if he saw me on his landing again he would stab me. I went in and locked the door. I did not report it then because I thought it was the drink talking. On Tuesday 16th May I was putting the bin bags down the chute and he came out of his flat and said "I told you, I'll cut you, you monkey". He made a movement like he had something in his pocket. I am frightened of him. I believe he will hurt me. My children have asked why I keep the chain on. I have never had any problem with him before this year and I have never spoken to him except to say hello.""",
    spans=[
        ("RACIAL_HOSTILITY", "you lot need to go back where you came from"),
        ("RACIAL_HOSTILITY", "He called me a black bitch"),
        ("THREAT_VIOLENCE", "he would stab me"),
        ("THREAT_VIOLENCE", "I'll cut you"),
        ("RACIAL_HOSTILITY", "you monkey"),
        ("FEAR_OF_VIOLENCE", "I am frightened of him. I believe he will hurt me."),
    ],
)

case(
    4, "no_offence", "",
    voice="dash_note", case="lower", noise="typos", batch="ta",
    pattern="mutual_row_two_tenants_over_mattress_in_bin_store", relationship="neighbour", occasions=1,
    text="""\
called to bin store rear of fenwick ct 1610. 2 females arguing over who had dumped a mattress by the bins. both shouting at each other, both as bad as each other, W1 (caretaker) confirms they both started at the same time and neither backed down. no threats, no injurys. no previous between them. neither wants to make complaint. words of advise given to both, council to remove the matress tomorow. no offences dislcosed. nfa""",
    spans=[],
)

case(
    5, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="ta",
    pattern="neighbour_watches_from_balcony_anti_muslim_notes_and_graffiti_on_door", relationship="neighbour", occasions=5,
    text="""\
UPDATE 1 (PC 4471 ROWE) 02/06 - Spoke to IP Mr Tariq HUSSAIN, Flat 3 Osier Ct. Reports nbr at Flat 5, Kevin DALY, watching him from his balcony whenever he comes & goes, and taking photos of his visitors' cars.
UPDATE 2 (PC 4471) 05/06 - IP has found notes taped to his door: 'no mosques on this estate', 'P*** out'.
UPDATE 3 (ASB officer J. KERR) 09/06 - Caretaker reports IP's door spray-painted overnight with a crescent & the word 'TERRORIST'. DALY seen by W2 on landing at 0300 hrs.
UPDATE 4 (PC 4471) 12/06 - IP says DALY now stands on the stairwell and writes in a notebook when IP goes to Friday prayers. IP not threatened, not scared of him ('he's an old man') but sick of it. No change to IP's routine. Susp to be arrested on sight.""",
    spans=[
        ("STALK_WATCH", "watching him from his balcony whenever he comes & goes"),
        ("STALK_MONITOR", "taking photos of his visitors' cars"),
        ("STALK_CONTACT", "notes taped to his door"),
        ("RELIGIOUS_HOSTILITY", "'no mosques on this estate'"),
        ("RACIAL_HOSTILITY", "'P*** out'"),
        ("STALK_PROPERTY", "door spray-painted overnight"),
        ("RELIGIOUS_HOSTILITY", "a crescent & the word 'TERRORIST'"),
        ("STALK_MONITOR", "writes in a notebook when IP goes to Friday prayers"),
    ],
)

case(
    6, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="abbrev", batch="ta",
    pattern="resident_threatens_caretaker_twice_over_boiler_repair", relationship="customer", occasions=2,
    text="""\
0915 att bexley hse plant room re report from caretaker mr ade ADEYEMI. states resident flat 22 (ms c. GRANT) has twice threatened him re outstanding repair to her boiler. 1st on 14/11 in foyer - 'if that boiler aint fixed by friday ill smash your face in'. 2nd yday 1630 outside bin store, she had a hammer in hand + said 'you're getting it'. mr a says he is genuinely scared she will attack him. repair is a contractor job not his, he has explained this to her. grant not at home on my visit, card left. adv. crime rpt raised, housing mgr informed.""",
    spans=[
        ("REPETITION", "has twice threatened him"),
        ("THREAT_VIOLENCE", "ill smash your face in"),
        ("THREAT_VIOLENCE", "she had a hammer in hand + said 'you're getting it'"),
        ("FEAR_OF_VIOLENCE", "genuinely scared she will attack him"),
    ],
)

case(
    7, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="typos", batch="ta",
    pattern="ex_partner_pleading_via_door_entry_texts_and_flowers_no_threats", relationship="ex_partner", occasions=5,
    text="""\
Mon 4th - Rob buzzed the door entry at 10pm again. Didnt answer. He rang my mobile 6 times after, asking me to let him up, said he just wants to talk, he misses me and the kids.
Weds 6th - flowers left outside my front door on the 7th floor landing, card said "Im sorry, please lets try again x". dont know who let him into the block.
Thurs 7th - 14 texts. all the same, begging. "you know we're ment to be together", "one chance thats all". no nasty ones.
Sat 9th - buzzed again twice in the morning. My neighbour Jan said hes been sitting on the wall by the bin store.
I ended it in August and told him clearly I dont want to get back together. Hes not threatning me and Im not scared of him as such, I just want him to leave me alone. Housing officer said keep this diary for the police.""",
    spans=[
        ("STALK_TURN_UP", "Rob buzzed the door entry at 10pm again"),
        ("STALK_CONTACT", "He rang my mobile 6 times"),
        ("STALK_GIFTS", "flowers left outside my front door on the 7th floor landing"),
        ("STALK_CONTACT", "14 texts. all the same, begging"),
        ("FIXATION", "\"you know we're ment to be together\""),
        ("REPETITION", "buzzed again twice in the morning"),
        ("STALK_LOITER", "hes been sitting on the wall by the bin store"),
        ("UNWANTED", "told him clearly I dont want to get back together"),
    ],
)

case(
    8, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="supervisor_review", case="mixed", noise="clean", batch="ta",
    pattern="neighbour_follows_somali_family_to_school_films_door_threatens_family_moves", relationship="neighbour", occasions=6,
    text="""\
Supervisor review - DS 2290 MORLEY. I have reviewed this crime, originally recorded as a public order offence. That is not right and it needs reclassifying. The victim, Mrs Hodan ABDI, lives with her four children on the ground floor of Whitcombe House. The suspect, Sharon TEALE, lives in the maisonette opposite. Between January and April the following is recorded: TEALE followed Mrs Abdi and the children to the school gate on at least three mornings, walking a few yards behind and commenting loudly about "dirty foreigners"; she has stood at her window filming the family's front door on her phone, seen doing so by two other tenants; on 2 Feb she shouted "I'll set your flat alight with you in it, you Somali scum" across the courtyard; on 19 March she said to Mrs Abdi in the lift "you won't see the summer, I'll do you". Mrs Abdi describes being terrified for herself and the children. She has stopped using the lift and the courtyard, the children no longer play outside, and in April she accepted a temporary placement on the other side of the borough and has moved out. Housing confirm the move. This is a course of conduct, targeted and fixated (following, filming, repeated threats), with racial hostility throughout. Two separate threats, each causing fear for herself. Substantial adverse effect shown by the move. Reclassify to racially aggravated stalking involving fear of violence / serious alarm or distress. OIC to arrange VRI and seek a restraining order on charge.""",
    spans=[
        ("STALK_FOLLOW", "followed Mrs Abdi and the children to the school gate"),
        ("REPETITION", "on at least three mornings"),
        ("RACIAL_HOSTILITY", "\"dirty foreigners\""),
        ("STALK_WATCH", "filming the family's front door on her phone"),
        ("THREAT_VIOLENCE", "I'll set your flat alight with you in it"),
        ("RACIAL_HOSTILITY", "you Somali scum"),
        ("THREAT_VIOLENCE", "you won't see the summer, I'll do you"),
        ("FEAR_OF_VIOLENCE", "terrified for herself and the children"),
        ("SERIOUS_IMPACT", "She has stopped using the lift and the courtyard"),
        ("SERIOUS_IMPACT", "accepted a temporary placement on the other side of the borough and has moved out"),
    ],
)

case(
    9, "harassment", "CD",
    voice="third_party", case="mixed", noise="clean", batch="ta",
    pattern="neighbour_photographs_car_in_disabled_bay_dispute_victim_parks_elsewhere", relationship="neighbour", occasions=5,
    text="""\
Referral from Tenancy Sustainment Officer, Northgate Homes. Our tenant Mr Paul FENTON (flat 2, Kingfisher Court) has asked me to pass this on. There is a long-running dispute about the disabled bay outside the block, which Mr Fenton uses under a permit. His neighbour Mr Steve GOULD (flat 1) believes Mr Fenton is not entitled to it. Since September Mr Gould has come out and photographed Mr Fenton's car every time he parks in the bay, sometimes photographing Mr Fenton getting out as well, and has shouted "fraud" and "parasite" at him on four or five occasions. He has put a note under the wiper twice. Mr Gould told me it is all about the bay and he is "gathering evidence for the council". Mr Fenton finds this humiliating and stressful. He now parks two streets away on Cole Lane and walks back, which is painful for him because of his hip, and has given up going to his Tuesday club because he dreads coming home to find Mr Gould out there. I have written to Mr Gould about his conduct. Mr Fenton would like police advice and a visit.""",
    spans=[
        ("STALK_WATCH", "photographed Mr Fenton's car every time he parks in the bay"),
        ("STALK_CONTACT", "shouted \"fraud\" and \"parasite\" at him"),
        ("REPETITION", "on four or five occasions"),
        ("STALK_CONTACT", "put a note under the wiper twice"),
        ("DISTRESS", "humiliating and stressful"),
        ("SERIOUS_IMPACT", "He now parks two streets away on Cole Lane"),
        ("SERIOUS_IMPACT", "has given up going to his Tuesday club"),
    ],
)

case(
    10, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="ta",
    pattern="neighbour_shouts_anti_polish_abuse_at_door_over_scooters", relationship="neighbour", occasions=3,
    text="""\
RP MRS AGNIESZKA NOWAK, FLAT 31 DALTON HSE. NBR FROM 33 (M, 40S, NAME UNK) KNOCKED ON HER DOOR 1940HRS TONIGHT SHOUTING 'POLISH SCROUNGERS, F*** OFF BACK TO POLAND'. SAME THING SUN + WEDS LAST WEEK, EACH TIME ABT HER KIDS' SCOOTERS ON THE LANDING. NO THREATS. RP NOT FRIGHTENED, ANGRY. SUSP NOW BACK IN HIS FLAT. GRADED P3, OFFRS TO ATTEND. HOUSING REF NK.""",
    spans=[
        ("STALK_CONTACT", "KNOCKED ON HER DOOR 1940HRS TONIGHT SHOUTING"),
        ("RACIAL_HOSTILITY", "'POLISH SCROUNGERS, F*** OFF BACK TO POLAND'"),
        ("REPETITION", "SAME THING SUN + WEDS LAST WEEK"),
    ],
)

case(
    11, "no_offence", "R",
    voice="result_note", case="mixed", noise="redacted", batch="ta",
    pattern="single_racist_slur_from_cyclist_in_estate_car_park", relationship="stranger", occasions=1,
    text="""\
Result: NFA. [NAME 1] was walking through the car park of the Ashby Estate on 03/08 when an unknown male on a bike called him a "f****** P***" and rode off towards [LOCATION]. One incident, no further contact, suspect not identified from estate CCTV. Victim informed and content. Hate incident marker applied.""",
    spans=[
        ("RACIAL_HOSTILITY", "called him a \"f****** P***\""),
    ],
)

case(
    12, "stalking_fear_alarm_distress", "CSF",
    voice="updates", case="inconsistent", noise="typos", batch="ta",
    pattern="residents_association_member_fixated_follows_to_bus_and_threatens_via_intercom", relationship="acquaintance", occasions=5,
    text="""\
UPDATE 14/02 1120: VIC (Ms Rachel ONYANGO) says suspect Martin CROSS, who she met through the tenants and residents association, has become "obsessed" with her since she turned him down for a drink in Dec. He waits by the post boxes in the foyer when she comes home from work.
UPDATE 16/02 0930: Vic reports CROSS FOLLOWED HER from the block to the bus stop on Mill Rd and got on the same bus, sat behind her. when she told him to leave her alone he said "you'll regret treating me like this, you'll get hurt".
update 19/02: cross left a card and a box of chocolates at her door "to say sorry". Vic returned them via the housing office.
UPDATE 21/02 2215: CROSS rang her intercom repeatedly, when she answerd he said "I know which window is yours, I'll come up there and hurt you". Vic v frightened, says she beleives he will attack her. Units attended, CROSS NOT FOUND. Arrest plan in place, TRA chair informed.""",
    spans=[
        ("FIXATION", "has become \"obsessed\" with her since she turned him down"),
        ("STALK_LOITER", "He waits by the post boxes in the foyer"),
        ("STALK_FOLLOW", "CROSS FOLLOWED HER from the block to the bus stop"),
        ("THREAT_VIOLENCE", "you'll get hurt"),
        ("STALK_GIFTS", "left a card and a box of chocolates at her door"),
        ("STALK_CONTACT", "rang her intercom repeatedly"),
        ("THREAT_VIOLENCE", "I'll come up there and hurt you"),
        ("FEAR_OF_VIOLENCE", "says she beleives he will attack her"),
    ],
)

case(
    13, "aggravated_harassment_fear_of_violence", "CFR",
    voice="vps", case="mixed", noise="clean", batch="ta",
    pattern="neighbour_anti_muslim_abuse_threat_to_burn_flat_repeated_in_note", relationship="neighbour", occasions=3,
    text="""\
I am making this statement to explain how the behaviour of my neighbour has affected me. I am 58 and I have lived at 40 Hollins Court for nineteen years. I am a Muslim and I wear a headscarf. Since the summer the man who moved into number 42 has shouted at me every time our paths cross on the landing. He calls me "a terrorist" and has told me to "take that rag off your head". In September he told me he would burn my flat down with me inside it. A week later he pushed a note under my door that said the same thing and had a drawing of a fire on it. I am afraid he means it. Every night I am afraid I will wake up to smoke, or that he will attack me when I open the door. I sleep badly. I still go to the mosque and to my job in the school kitchen, but I am always listening for his door. I want the court to know that I have not felt safe in my own home since he came.""",
    spans=[
        ("REPETITION", "every time our paths cross on the landing"),
        ("RELIGIOUS_HOSTILITY", "He calls me \"a terrorist\""),
        ("RELIGIOUS_HOSTILITY", "\"take that rag off your head\""),
        ("THREAT_VIOLENCE", "he would burn my flat down with me inside it"),
        ("THREAT_VIOLENCE", "pushed a note under my door that said the same thing"),
        ("FEAR_OF_VIOLENCE", "I am afraid he means it"),
        ("FEAR_OF_VIOLENCE", "he will attack me when I open the door"),
        ("DISTRESS", "I sleep badly"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CF",
    voice="call_log", case="lower", noise="heavy", batch="ta",
    pattern="three_threatening_voicemails_in_minutes_from_neighbour_over_dog", relationship="neighbour", occasions=3,
    text="""\
caller mr dev PATEL fl 7 orchard hse. rpts 3x voicemails left on his mob btwn 2231-2238 lst nite from nbr fl 9 (lee SIMMS) re noise frm patels dog. vm1 'shut that f***ing dog up or ill shut you up', vm2 'im comin down there ur gettin battered', vm3 'last warnin mate ur dead'. caller v scared, thinks simms will come to his door + assault him, hasnt slept. has kept vms. no prev incdts btwn them. adv keep vms, offrs to attnd + take stmt. ref cad 4412.""",
    spans=[
        ("STALK_CONTACT", "3x voicemails left on his mob"),
        ("THREAT_VIOLENCE", "ill shut you up"),
        ("THREAT_VIOLENCE", "ur gettin battered"),
        ("THREAT_VIOLENCE", "ur dead"),
        ("FEAR_OF_VIOLENCE", "thinks simms will come to his door + assault him"),
        ("DISTRESS", "hasnt slept"),
    ],
)

case(
    15, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="ta",
    pattern="ex_partner_breaches_non_mol_by_turning_up_at_flat_twice", relationship="ex_partner", occasions=2,
    text="""\
DA - breach of non-molestation order (granted 11/01, no contact, not to come within 100m of Flat 52 Tilbury Tower). Ex-partner Craig WEBB attended the block on 20/01 at approx 1900, tailgated another resident through the door entry and knocked at IP's door asking to "sort things out". IP didn't open. He returned on 23/01 and sat on the stairs outside her door for about 40 mins until the caretaker asked him to leave. No threats, no violence. IP (Ms Kerry LANE) calm, not in fear, wants him arrested for the breach. DASH std. CCTV requested from estate office. Susp circulated on PNC.""",
    spans=[
        ("STALK_TURN_UP", "attended the block on 20/01"),
        ("STALK_TURN_UP", "knocked at IP's door asking to \"sort things out\""),
        ("REPETITION", "He returned on 23/01"),
        ("STALK_LOITER", "sat on the stairs outside her door for about 40 mins"),
    ],
)

case(
    16, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="typos", batch="ta",
    pattern="neighbour_pays_youths_to_loiter_and_film_black_tenant_interferes_with_post", relationship="neighbour", occasions=6,
    text="""\
Summary: IP is Mr Emeka OBI (44), tenant, 8th floor Ravensbourne Tower. Susp is Darren HOLT (52), flat 86, same floor. Trouble started in Jan when IP reported HOLT to housing for dealing from his flat. Since then HOLT has had his nephew and two other youths (names unk) hang about at the foot of the stairwell and the lift doors on the ground floor on most evenings; when IP comes in they call him "monkey" and make ape noises and one of them films him on a phone. HOLT himself has been seen on the 8th floor landing looking through IP's letterbox (W1 neighbour Mrs GRACE). On 14/03 IP's post went missing and a letter from his GP was later found torn up in the bin store with racist writing on it. Youths told W1 "Daz is paying us to keep an eye on the black geezer". No threats to IP. IP states he is not scared but is fed up and embarassed in front of his neighbours. Enquries: CCTV from lobby, statements from W1 and caretaker, housing to review HOLT's tenancy.""",
    spans=[
        ("STALK_LOITER", "hang about at the foot of the stairwell and the lift doors"),
        ("REPETITION", "on most evenings"),
        ("RACIAL_HOSTILITY", "call him \"monkey\" and make ape noises"),
        ("STALK_MONITOR", "one of them films him on a phone"),
        ("STALK_WATCH", "looking through IP's letterbox"),
        ("STALK_PROPERTY", "IP's post went missing"),
        ("RACIAL_HOSTILITY", "racist writing on it"),
        ("STALK_WATCH", "\"Daz is paying us to keep an eye on the black geezer\""),
        ("DISTRESS", "fed up and embarassed"),
    ],
)

case(
    17, "harassment", "C",
    voice="notebook", case="lower", noise="typos", batch="ta",
    pattern="neighbour_shouts_over_balcony_smoking_one_threat_only", relationship="neighbour", occasions=4,
    text="""\
mon 7/10 1405. spoke to ms tina BARKER fl 3 marlowe close re nbr dispute. nbr fl 4 mr ian COLE has been shouting at her thru the wall + across the balcony about her smoking, says it comes into his flat. 4 times since end of sept she says, calls her "a dirty slag", "disgusting". on 2/10 he said "carry on and ill put you through that window". she says she didnt take that serious, hes all hot air, but shes had enuf of the shouting + wants it stopping. no other threats. cole spoken to at his door, admits shouting, denies threat, says hes asthmatic. warned re PHA. housing to offer mediation.""",
    spans=[
        ("STALK_CONTACT", "shouting at her thru the wall + across the balcony"),
        ("REPETITION", "4 times since end of sept"),
        ("STALK_CONTACT", "calls her \"a dirty slag\", \"disgusting\""),
        ("THREAT_VIOLENCE", "ill put you through that window"),
        ("UNWANTED", "wants it stopping"),
    ],
)

case(
    18, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="judgment", case="mixed", noise="clean", batch="ta",
    pattern="walkway_neighbour_logs_movements_publishes_address_racist_knife_threats_family_moves", relationship="neighbour", occasions=8,
    text="""\
Sentencing remarks (extract). Gary Lloyd Price, you are before me having pleaded guilty to racially aggravated stalking involving fear of violence. You lived on the fourth floor of Alder House on the Millbrook estate. Your victim, Mr Sunil Varma, lived with his wife and elderly mother two doors along the same walkway. Over a period of about seven months from February last year you conducted a campaign against that family. You stood at the end of the walkway and watched their door for long periods, often late at night. You kept a written log of when Mr Varma left for and returned from his shifts, which police found in your flat. You scratched the paintwork of his car in the residents' car park, and you put his name and address on a local social media page alongside a photograph of his front door, describing the family as "curry-stinking invaders". You spoke to him directly, too. On 3 May you told him that you would "gut him like a fish" and that he should "go home to India". On 28 July you blocked the walkway with your body and said "next time it's a knife, Paki". I have read Mr Varma's victim personal statement. He says he was afraid every day that you would carry out those threats. He gave up his night shifts, at a real loss of income, because he would not leave his wife and mother alone at night; he fitted cameras; and in October the family left the home they had lived in for twelve years for a housing association flat in another town. The racial hostility is plain from your own words. This was sustained, targeted conduct in the one place the family were entitled to feel safe. The least sentence I can pass is one of immediate custody.""",
    spans=[
        ("REPETITION", "Over a period of about seven months"),
        ("STALK_WATCH", "stood at the end of the walkway and watched their door for long periods"),
        ("STALK_MONITOR", "kept a written log of when Mr Varma left for and returned from his shifts"),
        ("STALK_PROPERTY", "scratched the paintwork of his car"),
        ("STALK_PUBLISH", "put his name and address on a local social media page"),
        ("RACIAL_HOSTILITY", "\"curry-stinking invaders\""),
        ("THREAT_VIOLENCE", "\"gut him like a fish\""),
        ("RACIAL_HOSTILITY", "\"go home to India\""),
        ("THREAT_VIOLENCE", "next time it's a knife"),
        ("RACIAL_HOSTILITY", "Paki"),
        ("FEAR_OF_VIOLENCE", "afraid every day that you would carry out those threats"),
        ("SERIOUS_IMPACT", "He gave up his night shifts, at a real loss of income"),
        ("SERIOUS_IMPACT", "he fitted cameras"),
        ("SERIOUS_IMPACT", "the family left the home they had lived in for twelve years"),
    ],
)

case(
    19, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="clean", batch="ta",
    pattern="neighbours_row_months_apart_with_mediation_and_reconciliation_between", relationship="neighbour", occasions=2,
    text="""\
Supervisor's review: I have looked at this report, logged by the call taker as "harassment - neighbours". In February the two women, who live either side of a shared landing at Poplar Court, fell out over a child's bike left by the fire door and exchanged insults. Housing arranged mediation in March; both signed an agreement and were on good terms after that. On 22 August a fresh argument started over a leaking washing machine hose, and the informant says she was called a stupid cow. She accepts she gave as good as she got. Two incidents six months apart, with a genuine reconciliation in between, are not a course of conduct, and the August exchange was a row on both sides. No crime. Closed as an incident, housing to be told. PS 1187 HANLEY.""",
    spans=[],
)

case(
    20, "harassment_fear_of_violence", "CF",
    voice="mo_field", case="upper", noise="abbrev", batch="ta",
    pattern="neighbour_blocks_lift_doors_and_threatens_twice_over_noise", relationship="neighbour", occasions=2,
    text="""\
MO: SUSP (NBR FROM 12TH FLR) HAS ON 2 OCCASIONS CONFRONTED IP IN THE LIFT AT SEDGWICK TWR, HELD THE DOORS SHUT & THREATENED TO 'BREAK HER JAW' OVER A NOISE DISPUTE. 2ND OCC SUSP PRESSED HIS FIST TO HER CHIN. IP NOW IN FEAR SUSP WILL ASSAULT HER.""",
    spans=[
        ("REPETITION", "ON 2 OCCASIONS"),
        ("STALK_CONTACT", "CONFRONTED IP IN THE LIFT"),
        ("THREAT_VIOLENCE", "THREATENED TO 'BREAK HER JAW'"),
        ("THREAT_VIOLENCE", "PRESSED HIS FIST TO HER CHIN"),
        ("FEAR_OF_VIOLENCE", "IP NOW IN FEAR SUSP WILL ASSAULT HER"),
    ],
)

case(
    21, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="typos", batch="ta",
    pattern="anti_traveller_notes_through_letterbox_three_times", relationship="neighbour", occasions=3,
    text="""\
MO - SUSP HAS PUT 3 NOTES THRU VICS LETTERBOX OVER 10 DAYS (01/09, 05/09, 10/09) CALLING VIC AND HER FAMILY 'DIRTY PIKEYS' AND 'GYPSY SCUM' AND TELLING THEM TO 'GO BACK TO YOUR CARAVAN'. VIC IS IRISH TRAVELLER, HOUSED ON ESTATE SINCE MAY. NO THRETS. SUSP BELEIVED TO BE NBR AT NO 14 DUE TO SIMILAR HANDWRITING ON PARKING NOTICE HE PUT UP.""",
    spans=[
        ("STALK_CONTACT", "PUT 3 NOTES THRU VICS LETTERBOX"),
        ("REPETITION", "(01/09, 05/09, 10/09)"),
        ("RACIAL_HOSTILITY", "'DIRTY PIKEYS' AND 'GYPSY SCUM'"),
        ("RACIAL_HOSTILITY", "'GO BACK TO YOUR CARAVAN'"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="ta",
    pattern="neighbour_monitors_door_camera_feed_letter_of_feelings_victim_changes_shifts", relationship="neighbour", occasions=5,
    text="""\
23/05 - IP Ms Danielle FRY (flat 61, Corbett Hse) reports male nbr flat 58 (Alan REECE) seems to know all her movements. He has said to her "you were late in last night" and "who was the bloke with the blue car". Block has the door-entry camera feed on the residents' TV channel.
27/05 - Caretaker confirms REECE told him he "keeps an eye on the door for Danielle".
02/06 - IP found a letter under her door from REECE, 3 pages, saying he has feelings for her and knows she feels the same. She has never been in a relationship with him and told him in April she wasn't interested.
05/06 - REECE waiting in the lobby at 0615 when IP left for early shift; walked with her to the tram stop. No threats.
10/06 - IP has asked to move from early to late shifts at work so she isn't leaving the block when he's about, and has started staying at her mum's at weekends. Not afraid he'll hurt her but "creeped out". PHA warning considered; referred to stalking clinic.""",
    spans=[
        ("STALK_MONITOR", "seems to know all her movements"),
        ("STALK_MONITOR", "\"keeps an eye on the door for Danielle\""),
        ("STALK_CONTACT", "a letter under her door from REECE, 3 pages"),
        ("FIXATION", "saying he has feelings for her and knows she feels the same"),
        ("UNWANTED", "told him in April she wasn't interested"),
        ("STALK_LOITER", "REECE waiting in the lobby at 0615"),
        ("STALK_FOLLOW", "walked with her to the tram stop"),
        ("SERIOUS_IMPACT", "asked to move from early to late shifts at work"),
        ("SERIOUS_IMPACT", "started staying at her mum's at weekends"),
        ("DISTRESS", "\"creeped out\""),
    ],
)

case(
    23, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="ta",
    pattern="neighbour_homophobic_abuse_at_gay_couple_on_landing_and_lift", relationship="neighbour", occasions=4,
    text="""\
I live at flat 19 Beacon House with my partner Luke. We have lived here since last March. The man in flat 20, who I know as Terry, has been abusive to us on four occasions that I can remember clearly. The first was around the end of October, when he saw us holding hands in the lift lobby and said "f***ing queers, not in front of kids". On the 12th November he shouted "batty boys" at us through his door as we went past. On the 2nd December he spat on the floor near our door and called me a "poof" when I was taking the recycling down to the bin store. Last Saturday, 16th December, he said to Luke in the lift that "your sort" should not be allowed council flats. He has never threatened to hurt us and I am not scared of him, but it is upsetting to have to walk past his door every day. We have both reported it to the housing officer. I want it to stop. I will attend court if needed.""",
    spans=[
        ("REPETITION", "on four occasions"),
        ("STALK_CONTACT", "said \"f***ing queers, not in front of kids\""),
        ("STALK_CONTACT", "shouted \"batty boys\" at us through his door"),
        ("STALK_CONTACT", "called me a \"poof\""),
        ("STALK_CONTACT", "said to Luke in the lift that \"your sort\" should not be allowed council flats"),
        ("DISTRESS", "it is upsetting"),
        ("UNWANTED", "I want it to stop"),
    ],
)

case(
    24, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="lower", noise="heavy", batch="ta",
    pattern="neighbour_bangs_door_racist_stab_threat_repeat_of_weekend_note", relationship="neighbour", occasions=2,
    text="""\
1847 rp mr yusuf AHMED fl 5 canal view. states nbr opp (w/m 30s) just bangd on his door shoutin 'paki c***, come out n ill stab u'. same male did same sat nite + left msg on door sayin 'ur dead paki'. rp v scared, wife + 2 kids in flat, thinks male will come back n stab him. male now gone bck in own flat. pls attnd asap. weapons nk. p1.""",
    spans=[
        ("STALK_CONTACT", "bangd on his door shoutin"),
        ("RACIAL_HOSTILITY", "'paki c***"),
        ("THREAT_VIOLENCE", "come out n ill stab u"),
        ("REPETITION", "same male did same sat nite"),
        ("THREAT_VIOLENCE", "'ur dead paki'"),
        ("FEAR_OF_VIOLENCE", "thinks male will come back n stab him"),
    ],
)

case(
    25, "stalking", "CS",
    voice="statement", case="mixed", noise="typos", batch="ta",
    pattern="resident_fixated_on_concierge_gifts_and_watching_desk_no_change", relationship="acquaintance", occasions=6,
    text="""\
I work as the concierge at Harbour Point, a 16 storey block run by the council. I am on the front desk Monday to Friday 7am to 3pm. One of the residents, a man called Graham FOX from the 9th floor, started chatting to me at the desk in the spring which was fine, thats part of my job. In June he asked me out and I said no, I'm married. Since then he has left gifts on the desk for me most weeks - chocolates, a bracelet, a card with a poem in it saying we are "soulmates". He sits in the foyer on the bench opposite the desk for hours, just looking at me. My colleague on the late shift says he asks her what time I finish and whether I drive. Twice he has been in the car park when I've come out at 3pm. He has never threatened me. I find it really unsettling and I'm anxious coming in to work, but I havent changed anything, I still do my shifts the same. My manager told him not to leave anything on the desk, and he did it again the next day.""",
    spans=[
        ("UNWANTED", "he asked me out and I said no, I'm married"),
        ("STALK_GIFTS", "left gifts on the desk for me most weeks"),
        ("FIXATION", "saying we are \"soulmates\""),
        ("STALK_WATCH", "sits in the foyer on the bench opposite the desk for hours, just looking at me"),
        ("STALK_MONITOR", "asks her what time I finish and whether I drive"),
        ("STALK_LOITER", "Twice he has been in the car park when I've come out"),
        ("DISTRESS", "I'm anxious coming in to work"),
        ("REPETITION", "he did it again the next day"),
    ],
)

case(
    26, "aggravated_stalking", "CSR",
    voice="notebook", case="mixed", noise="redacted", batch="ta",
    pattern="tenant_follows_takeaway_owner_home_posts_balcony_photos_with_anti_chinese_slurs", relationship="neighbour", occasions=7,
    text="""\
[OFFICER] notes 11/04. Spoke with Person A (victim) at her flat, [ADDRESS REDACTED], [ESTATE]. She is of Chinese heritage and runs a takeaway on the parade. Person B, a tenant in the next block, has since February been following her home from the takeaway at closing time, keeping about 20m behind, on "at least 6 or 7 nights". He has taken photos of her balcony and posted them on the estate's Facebook group with the caption "kung flu lives here, keep away". He has shouted "ching chong" at her from the walkway. He was asked by her son to stop on 02/03 and laughed. No threats. Person A says she is not frightened of him, "just sick of him". No change to her routine. CCTV from parade requested. Screenshot of FB post obtained, XXXX to convert to exhibit.""",
    spans=[
        ("STALK_FOLLOW", "following her home from the takeaway at closing time"),
        ("REPETITION", "\"at least 6 or 7 nights\""),
        ("STALK_WATCH", "taken photos of her balcony"),
        ("STALK_PUBLISH", "posted them on the estate's Facebook group"),
        ("RACIAL_HOSTILITY", "\"kung flu lives here, keep away\""),
        ("RACIAL_HOSTILITY", "shouted \"ching chong\" at her"),
        ("UNWANTED", "asked by her son to stop on 02/03 and laughed"),
    ],
)

case(
    27, "no_offence", "",
    voice="third_party", case="mixed", noise="abbrev", batch="ta",
    pattern="tenant_alleges_harassment_by_rent_arrears_team_lawful_contact", relationship="landlord", occasions=7,
    text="""\
Email from Citizens Advice caseworker on behalf of Mr Wayne STOKES, 27 Hazel Rd (council tenant). Mr Stokes says he is being "harassed" by the council's Income Recovery team: he has had four letters about £1,640 rent arrears since Oct, two phone calls, and a home visit on 14/01 from two housing officers serving a Notice of Seeking Possession. He says they stood on his doorstep "like bailiffs" and he felt intimidated. Officers spoke to the housing manager: all contact was standard arrears procedure, the letters were the pre-action protocol ones, the visit was arranged by letter in advance and lasted 10 mins, no threats or abuse. This is lawful contact for a legitimate purpose (rent recovery), not harassment. No crime. Debt advice signposted to Mr Stokes; caseworker updated by email.""",
    spans=[
        ("DISTRESS", "he felt intimidated"),
    ],
)

case(
    28, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="dash_note", case="lower", noise="abbrev", batch="ta",
    pattern="neighbour_sits_outside_door_follows_takes_property_vexatious_complaints_racist_victim_stops_church", relationship="neighbour", occasions=8,
    text="""\
asb/hate crime note. vic mrs b. MENSAH (ghanaian, 60s) fl 44 wolsey ct. nbr fl 46 (susp j. KEMP) has for approx 2 months: sat on the landing outside vic's door most afternoons; followed vic to the post office + laundrette; taken her doormat + plant pots; complained to housing 5 times that vic "cooks african muck" + "stinks the block out". also told vic to her face "go back to the jungle". no threats of violence. vic has stopped going to church on sundays as she doesn't want to leave the flat empty, son now does her shopping. housing have logged kemp's complaints as vexatious. hate crime marker. refer to asb panel.""",
    spans=[
        ("REPETITION", "for approx 2 months"),
        ("STALK_LOITER", "sat on the landing outside vic's door most afternoons"),
        ("STALK_FOLLOW", "followed vic to the post office + laundrette"),
        ("STALK_PROPERTY", "taken her doormat + plant pots"),
        ("STALK_ORDERS", "complained to housing 5 times"),
        ("RACIAL_HOSTILITY", "\"cooks african muck\""),
        ("RACIAL_HOSTILITY", "\"go back to the jungle\""),
        ("SERIOUS_IMPACT", "vic has stopped going to church on sundays"),
        ("SERIOUS_IMPACT", "son now does her shopping"),
    ],
)

case(
    29, "harassment_fear_of_violence", "CFD",
    voice="vps", case="mixed", noise="clean", batch="ta",
    pattern="shared_garden_dispute_neighbour_threatens_elderly_man_three_times", relationship="neighbour", occasions=3,
    text="""\
My name is Derek Hollis. I am 71 and I live in a ground floor flat in Clement House. There is a small shared garden at the back which all four ground floor flats can use. Since my neighbour Mr Shaun Reilly moved in he has treated the garden as his own and put up a shed in it. When I complained to the housing officer in April he came round to my door and told me that if I "grassed" on him again he would "put me in the ground". In May he shouted across the garden that he would "break every bone" in my body. In June he said it again when I was hanging out my washing, and held up a spade. I am frightened of him. I am an old man, I live alone, and I believe he could do me serious harm. I keep my back door locked now even in the daytime. I have not been out in the garden since June. I used to love sitting out there with my paper. I want him to stop, and I want the court to know what this has done to me.""",
    spans=[
        ("THREAT_VIOLENCE", "he would \"put me in the ground\""),
        ("THREAT_VIOLENCE", "he would \"break every bone\" in my body"),
        ("REPETITION", "In June he said it again"),
        ("FEAR_OF_VIOLENCE", "I am frightened of him"),
        ("FEAR_OF_VIOLENCE", "I believe he could do me serious harm"),
        ("SERIOUS_IMPACT", "I have not been out in the garden since June"),
    ],
)

case(
    30, "stalking_fear_alarm_distress", "CSF",
    voice="supervisor_review", case="mixed", noise="clean", batch="ta",
    pattern="ex_partner_finds_new_council_flat_threatens_through_intercom_twice", relationship="ex_partner", occasions=4,
    text="""\
Supervisor review. This was crimed as malicious communications. Having read the whole record I disagree. The victim, Amira SALEH, ended her relationship with Lewis GRANT in November and was rehoused in a council flat at Denholm Point through the housing DA route. Grant has since found the address. He buzzed the door-entry panel on 6 January and told her through the intercom "I know where you are now, you can't hide from me, I'll break your neck". On 9 January the concierge saw him walking round the base of the block looking up at the windows for about an hour. On 13 January she received a text from a withheld number saying "nice curtains", and on 15 January he buzzed again and said "you're going to get what's coming to you". She is terrified he will kill her. Two threats on separate occasions, each causing fear of violence, from a former partner who has tracked her to a new address. This is stalking involving fear of violence (s.4A). DASH re-graded high, MARAC referral made, OIC to prioritise arrest. Please update the victim today. A/DS 3140 QUIRKE""",
    spans=[
        ("STALK_TURN_UP", "He buzzed the door-entry panel on 6 January"),
        ("STALK_MONITOR", "I know where you are now, you can't hide from me"),
        ("THREAT_VIOLENCE", "I'll break your neck"),
        ("STALK_WATCH", "walking round the base of the block looking up at the windows"),
        ("STALK_CONTACT", "received a text from a withheld number saying \"nice curtains\""),
        ("THREAT_VIOLENCE", "\"you're going to get what's coming to you\""),
        ("FEAR_OF_VIOLENCE", "She is terrified he will kill her"),
    ],
)

case(
    31, "aggravated_harassment", "CR",
    voice="notebook", case="lower", noise="clean", batch="ta",
    pattern="neighbour_anti_romanian_abuse_over_fence_twice", relationship="neighbour", occasions=2,
    text="""\
1320 fri. mr gheorghe POPESCU (romanian national) stopped me on the estate by the play area. says nbr at 8 lark st called him a "romanian gypsy thief" over the back fence on tuesday, and again this morning when he was putting his bins out told him to "go and nick someone elses jobs". no threats. popescu not scared, wants it recorded. nbr not in. will revisit sat.""",
    spans=[
        ("RACIAL_HOSTILITY", "called him a \"romanian gypsy thief\""),
        ("REPETITION", "again this morning"),
        ("RACIAL_HOSTILITY", "\"go and nick someone elses jobs\""),
    ],
)

case(
    32, "harassment", "C",
    voice="crime_summary", case="mixed", noise="typos", batch="ta",
    pattern="stairwell_threats_over_dog_fouling_victim_not_afraid", relationship="neighbour", occasions=3,
    text="""\
Summary. IP Mr Carl BENNETT, flat 12 Ryder Ct, reports neighbour Mr Marcus DOYLE (flat 11) has threatened him three times in the last fortnight in the stairwell over Bennetts dog fouling the communal grass. On the 4th Doyle said "Ill knock you spark out", on the 9th "youre getting a slap", and yesterday he squared up and said "next time its you not the dog". IP was clear with officers that he is not frightened of Doyle - "hes a big mouth, he wont do nothing" - but wants a record made and the shouting to stop. IP is ex-army and says he can look after himself. No injurys. Doyle to be spoken to under caution. Housing informed re the dog fouling complaint which is ongoing.""",
    spans=[
        ("REPETITION", "threatened him three times in the last fortnight"),
        ("THREAT_VIOLENCE", "\"Ill knock you spark out\""),
        ("THREAT_VIOLENCE", "\"youre getting a slap\""),
        ("THREAT_VIOLENCE", "\"next time its you not the dog\""),
        ("UNWANTED", "wants a record made and the shouting to stop"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="abbrev", batch="ta",
    pattern="caretaker_witnesses_racist_head_threats_on_landing_and_bin_store", relationship="neighbour", occasions=2,
    text="""\
Witness account - caretaker Mr Lee FARROW, Eastbrook Estate. "I've worked on the estate 9 yrs. On Mon 3/4 I was mopping the 2nd floor landing of Block C when I heard the man from 23 shouting at the lady at 25, Mrs Khan. He called her a P*** b**** and said 'I'll smash your head in, you and your curry'. She was shaking. On Thurs 6/4 I was doing the bin store and saw him block her in by the big bins. He said the same thing again about smashing her head in and spat near her feet. She told me afterwards she was scared stiff of him and didn't think he'd stop at words. I reported both to my supervisor at the estate office (log ref EST/3381). I don't know the man's name, he's not been there long." """,
    spans=[
        ("RACIAL_HOSTILITY", "He called her a P*** b****"),
        ("THREAT_VIOLENCE", "'I'll smash your head in, you and your curry'"),
        ("THREAT_VIOLENCE", "He said the same thing again about smashing her head in"),
        ("FEAR_OF_VIOLENCE", "she was scared stiff of him and didn't think he'd stop at words"),
    ],
)

case(
    34, "stalking", "CS",
    voice="call_log", case="lower", noise="abbrev", batch="ta",
    pattern="teen_ex_boyfriend_begging_messages_via_friends_and_waits_at_door_entry", relationship="ex_partner", occasions=5,
    text="""\
rp miss jade COOPER, 19, fl 3 beech hse. ex bf (tyler ANSON, 20) wont accept its over - split 3 wks ago. sending 30-40 msgs a day, "pls babe i cant live without u", "ill change i promise", also msgs her mum + best mate asking them to get her to talk to him. turned up at bottom of her block sat + sun waiting by the door entry. no threats, rp not in fear, just wants it to stop. adv screenshot + block. p3 appt booked for tmrw.""",
    spans=[
        ("FIXATION", "wont accept its over"),
        ("STALK_CONTACT", "sending 30-40 msgs a day"),
        ("FIXATION", "\"pls babe i cant live without u\""),
        ("STALK_CONTACT", "msgs her mum + best mate asking them to get her to talk to him"),
        ("STALK_TURN_UP", "turned up at bottom of her block sat + sun"),
        ("STALK_LOITER", "waiting by the door entry"),
        ("UNWANTED", "just wants it to stop"),
    ],
)

case(
    35, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="victim_diary", case="mixed", noise="typos", batch="ta",
    pattern="neighbour_follows_and_watches_muslim_woman_bacon_through_letterbox_throat_threats", relationship="neighbour", occasions=5,
    text="""\
Diary kept for the housing officer and police. Written by Mrs Parveen Akhtar, flat 17.
12 Oct - the man from 21 (Mick) was stood by the lifts again when I came home from work. He followed me up the stairs saying "muslim scum, you lot are taking over".
15 Oct - someone has put bacon rashers through my letterbox. Mick was laughing on the landing when I opened the door.
19 Oct - he followed me to the Co-op and stood outside watching me through the window. When I came out he said "one day I'm going to slit your throat".
22 Oct - he was on the landing at 11pm looking through my kitchen window.
26 Oct - he shouted "I'll burn you and your mosque" while I was walking my grandson to school.
I am very frightened he will hurt me. I dont sleep. My son wants me to come and live with him but I have not gone, this is my home.""",
    spans=[
        ("STALK_LOITER", "stood by the lifts again when I came home from work"),
        ("STALK_FOLLOW", "He followed me up the stairs"),
        ("RELIGIOUS_HOSTILITY", "\"muslim scum, you lot are taking over\""),
        ("RELIGIOUS_HOSTILITY", "put bacon rashers through my letterbox"),
        ("STALK_FOLLOW", "he followed me to the Co-op"),
        ("STALK_WATCH", "stood outside watching me through the window"),
        ("THREAT_VIOLENCE", "\"one day I'm going to slit your throat\""),
        ("STALK_WATCH", "looking through my kitchen window"),
        ("THREAT_VIOLENCE", "\"I'll burn you and your mosque\""),
        ("FEAR_OF_VIOLENCE", "I am very frightened he will hurt me"),
        ("DISTRESS", "I dont sleep"),
    ],
)

case(
    36, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="ta",
    pattern="upstairs_neighbour_racist_abuse_threat_to_teenage_son_not_victim", relationship="neighbour", occasions=3,
    text="""\
I am a council tenant at 3 Larch Court. I came from Jamaica originally and have lived in England thirty years. The woman upstairs, Debbie, has a problem with my family. Three times this month she has come to my door to complain about my son's music and each time she has been racist to me. On 2nd June she said "you people all play that jungle music". On 9th June she called me a "black c***" on the stairs. On 20th June she told me to "go back to the banana boat", and she said if she saw my son Andre in the bin store again she would get her boyfriend to sort him out. I am not frightened of her for myself, she is a small woman, but I do worry about Andre. Andre is 17 and says he is not bothered. I want her dealt with for the racism. I do not want to move, this is my home.""",
    spans=[
        ("REPETITION", "Three times this month"),
        ("RACIAL_HOSTILITY", "\"you people all play that jungle music\""),
        ("RACIAL_HOSTILITY", "called me a \"black c***\""),
        ("RACIAL_HOSTILITY", "\"go back to the banana boat\""),
    ],
)

case(
    37, "stalking_fear_alarm_distress", "CSFD",
    voice="vps", case="mixed", noise="clean", batch="ta",
    pattern="ex_partner_watches_from_car_park_threatens_twice_victim_quits_job_child_moves_school", relationship="ex_partner", occasions=6,
    text="""\
Victim personal statement. I was with Kyle for four years and we have a daughter together. I left him last summer because of his temper and the council moved me to a flat in Redmond Tower. Since February he has been coming to the block. He waits in his car in the car park facing the entrance and watches me come and go with our daughter. He has messaged me hundreds of times, some crying and begging, some saying I will pay for this. In March he told me on the phone that he would "kick my head in" if I didn't let him see her. In April he said it again outside the bin store, and that "no one will find you". Contact is arranged through a solicitor and a contact centre, so he has no reason to come here. I am frightened every day that he will hurt me. I have given up my job at the nursery because he knew my hours, I had a camera fitted on my door, and my daughter has moved school. I hardly go out now unless my brother is with me.""",
    spans=[
        ("STALK_LOITER", "He waits in his car in the car park facing the entrance"),
        ("STALK_WATCH", "watches me come and go with our daughter"),
        ("STALK_CONTACT", "He has messaged me hundreds of times"),
        ("THREAT_VIOLENCE", "he would \"kick my head in\""),
        ("REPETITION", "In April he said it again outside the bin store"),
        ("THREAT_VIOLENCE", "\"no one will find you\""),
        ("FEAR_OF_VIOLENCE", "I am frightened every day that he will hurt me"),
        ("SERIOUS_IMPACT", "I have given up my job at the nursery"),
        ("SERIOUS_IMPACT", "I had a camera fitted on my door"),
        ("SERIOUS_IMPACT", "my daughter has moved school"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="ta",
    pattern="neighbour_loiters_follows_racist_notes_false_report_to_housing", relationship="neighbour", occasions=5,
    text="""\
MO: SUSP HAS REPEATEDLY LOITERED ON LANDING OUTSIDE VIC'S FLAT, FOLLOWED HER TO THE BUS STOP TWICE, AND LEFT NOTES ON HER DOOR CALLING HER A 'N***** WHORE'. SUSP ALSO REPORTED VIC TO HOUSING FOR 'DRUG DEALING' - UNFOUNDED. VIC NOT IN FEAR.""",
    spans=[
        ("STALK_LOITER", "REPEATEDLY LOITERED ON LANDING OUTSIDE VIC'S FLAT"),
        ("STALK_FOLLOW", "FOLLOWED HER TO THE BUS STOP TWICE"),
        ("STALK_CONTACT", "LEFT NOTES ON HER DOOR"),
        ("RACIAL_HOSTILITY", "CALLING HER A 'N***** WHORE'"),
        ("STALK_ORDERS", "REPORTED VIC TO HOUSING FOR 'DRUG DEALING'"),
    ],
)

case(
    39, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="typos", batch="ta",
    pattern="neighbour_threatens_over_mobility_scooter_in_hallway_note_on_scooter", relationship="neighbour", occasions=3,
    text="""\
Update 1 - 08/08 PC 2231: IP Ms Sandra OWUSU-BAKER rang 101 saying nbr at flat 6 (Jason TILL) told her on the stairs he would "glass her" if she parked her mobility scooter in the hallway again. Advised, log passed to housing.
Update 2 - 11/08: IP rang again. TILL has written "next time you die" on a piece of card and stuck it to her scooter. IP says she is petrified, she beleives he will do it.
Update 3 - 13/08 PC 2231: visited IP, statement taken. She says TILL also kicked the scooter over on 10/08. Housing have now found a space in the old pram store for the scooter, which IP is happy with. TILL arrested 1500hrs, interviewed, denies the note. Handwriting comparision requested. Bailed with conds not to contact IP directly or indirectly.""",
    spans=[
        ("THREAT_VIOLENCE", "he would \"glass her\""),
        ("THREAT_VIOLENCE", "\"next time you die\""),
        ("FEAR_OF_VIOLENCE", "she is petrified, she beleives he will do it"),
        ("STALK_PROPERTY", "kicked the scooter over on 10/08"),
    ],
)

case(
    40, "aggravated_harassment", "CR",
    voice="dash_note", case="lower", noise="abbrev", batch="ta",
    pattern="neighbour_repeats_anti_chinese_slur_across_car_park", relationship="neighbour", occasions=2,
    text="""\
nbr at 14 shouted "chinky b****" at vic across the car park mon + again today. same words both times. no threats. vic wants it recorded as hate. housing informed.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"chinky b****\""),
        ("REPETITION", "mon + again today"),
    ],
)

case(
    41, "stalking", "CS",
    voice="mo_field", case="mixed", noise="clean", batch="ta",
    pattern="downstairs_neighbour_vexatious_complaints_orders_in_name_camera_emails_employer", relationship="neighbour", occasions=14,
    text="""\
MO: Suspect, tenant of the flat directly below the victim, has over four months made 11 noise complaints to the council about the victim, none substantiated by the noise app or officer visits, and has ordered pizzas, a skip and a locksmith to the victim's address in her name. He keeps a camera pointed at the stairwell landing outside her door and has emailed the victim's employer about her "drug use", which is untrue. No relationship between them beyond being neighbours. No threats. Victim describes it as "exhausting" but has made no changes to her life.""",
    spans=[
        ("REPETITION", "over four months"),
        ("STALK_ORDERS", "made 11 noise complaints to the council about the victim"),
        ("STALK_ORDERS", "ordered pizzas, a skip and a locksmith to the victim's address in her name"),
        ("STALK_MONITOR", "keeps a camera pointed at the stairwell landing outside her door"),
        ("STALK_PUBLISH", "emailed the victim's employer about her \"drug use\""),
        ("DISTRESS", "\"exhausting\""),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="crime_summary", case="inconsistent", noise="typos", batch="ta",
    pattern="neighbour_waits_in_stairwell_slashes_tyres_racist_stab_threats_victim_transfers", relationship="neighbour", occasions=6,
    text="""\
CRIME SUMMARY - IP is Mr Olu ADEBAYO, flat 90 Hartley Tower. susp Lee MORGAN flat 92. Since new year MORGAN has been waiting for IP in the stairwell when IP comes back from his night shift, following him up the stairs to his door making monkey noises. He has SLASHED IP'S BIKE TYRES in the bike store twice. On 14/02 he said "your days are numbered n*****, i'll stab you in that lift". On 03/03 he repeated that he would stab him and held up a screwdriver. IP states he is scared for his life and believes Morgan will carry it out. IP has now swapped to day shifts, no longer uses the lift or bike store, and HAS APPLIED FOR A HOUSING TRANSFER. CPS advice re s.4A + s.32.""",
    spans=[
        ("STALK_LOITER", "waiting for IP in the stairwell"),
        ("STALK_FOLLOW", "following him up the stairs to his door"),
        ("RACIAL_HOSTILITY", "making monkey noises"),
        ("STALK_PROPERTY", "SLASHED IP'S BIKE TYRES in the bike store twice"),
        ("RACIAL_HOSTILITY", "n*****"),
        ("THREAT_VIOLENCE", "i'll stab you in that lift"),
        ("THREAT_VIOLENCE", "he repeated that he would stab him and held up a screwdriver"),
        ("FEAR_OF_VIOLENCE", "scared for his life and believes Morgan will carry it out"),
        ("SERIOUS_IMPACT", "IP has now swapped to day shifts"),
        ("SERIOUS_IMPACT", "HAS APPLIED FOR A HOUSING TRANSFER"),
    ],
)

case(
    43, "aggravated_harassment_fear_of_violence", "CFR",
    voice="supervisor_review", case="mixed", noise="clean", batch="ta",
    pattern="antisemitic_threat_on_walkway_then_swastika_note_on_door", relationship="neighbour", occasions=2,
    text="""\
Supervisor review, PS 0662 BAINES. Recorded as a single public order offence. Reading the statement, there are two incidents. On 1 November the suspect, Mr HAYES, confronted the victim, Mr Daniel Cohen, on the communal walkway at Sutton Court and said "I know what you are, Jew boy, I'll cave your skull in". On 8 November he followed it up with a note taped to the door of Mr Cohen's flat with a swastika drawn on it and the words "told you, you're next". Mr Cohen has told the OIC he is frightened Hayes will attack him when he leaves the flat. There is no evidence of following, watching or any other stalking behaviour beyond these two contacts, so I am recording this as religiously aggravated harassment (fear of violence), s.4 PHA with s.32 CDA. Hate crime flag please.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "Jew boy"),
        ("THREAT_VIOLENCE", "I'll cave your skull in"),
        ("STALK_CONTACT", "a note taped to the door of Mr Cohen's flat"),
        ("RELIGIOUS_HOSTILITY", "a swastika drawn on it"),
        ("THREAT_VIOLENCE", "\"told you, you're next\""),
        ("FEAR_OF_VIOLENCE", "he is frightened Hayes will attack him"),
    ],
)

case(
    44, "aggravated_stalking", "CSR",
    voice="judgment", case="mixed", noise="clean", batch="ta",
    pattern="tenant_follows_and_photographs_sikh_caretaker_posts_religious_abuse_online", relationship="customer", occasions=11,
    text="""\
Reasons of the District Judge. The defendant, Anthony Briggs, has been convicted after trial of religiously aggravated stalking. The complainant, Mr Harjit Singh, is a caretaker employed by the council on the Westfield estate, where the defendant is a tenant. I accept Mr Singh's evidence, supported by the estate's CCTV, that on at least nine days between March and May the defendant followed him round the blocks as he worked, a few metres behind, photographing him on his phone. I accept that the defendant posted those photographs on a residents' Facebook group with comments such as "the council's pet Taliban" and "get the rag-head off our estate", and that he twice put rubbish in the caretaker's store with a note reading "clean this up, turban boy". The defendant told me he was "monitoring standards". I reject that. There was no complaint of substance about Mr Singh's work; the conduct was about him, and the religious hostility in it is obvious. Mr Singh said candidly that he was not afraid of the defendant and has carried on his job as before, though he found the posts humiliating. I make a restraining order for two years.""",
    spans=[
        ("REPETITION", "on at least nine days between March and May"),
        ("STALK_FOLLOW", "followed him round the blocks as he worked"),
        ("STALK_MONITOR", "photographing him on his phone"),
        ("STALK_PUBLISH", "posted those photographs on a residents' Facebook group"),
        ("RELIGIOUS_HOSTILITY", "\"the council's pet Taliban\""),
        ("RELIGIOUS_HOSTILITY", "\"get the rag-head off our estate\""),
        ("STALK_PROPERTY", "twice put rubbish in the caretaker's store"),
        ("RELIGIOUS_HOSTILITY", "\"clean this up, turban boy\""),
        ("DISTRESS", "he found the posts humiliating"),
    ],
)
