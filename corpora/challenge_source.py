# ruff: noqa: E501
"""Hand-written challenge narratives: the source that challenge_compile.py turns into challenge.jsonl.

Every narrative here was written one at a time, by hand, as a distinct invented case. None is
produced by a template or by combining phrase banks, and none was written with the synthetic
generator's phrasings in view: the set exists to test whether a model generalises beyond them.
All names, places, numbers and references are invented.

How an item is written
- ``elements``: letters for the elements that are met (C course of conduct, S stalking
  behaviour, F fear of violence on 2+ occasions, D serious alarm/distress with a concrete change
  to daily life, R racial/religious hostility). The compiler checks ``label`` against
  ``model.taxonomy.label_from_elements``; D may be met in a harassment case (no s.2 limb exists,
  so the label stays harassment) and that is deliberate in a few items.
- ``spans``: (subtype, exact text[, occurrence index]). The compiler finds the offsets.

Span policy (so that annotations are consistent across the set)
- Mark what the suspect actually did or said to the victim, and the victim's actual fear,
  distress or changed routine, even in a no_offence item (a single threat is still a threat;
  it just makes no course of conduct).
- Never mark negated or hypothetical conduct ("no threats made", "if he comes back").
- Do not mark conduct that is cancelled as evidence by its context: lawful-purpose contact
  (debt letters, enforcement visits) and each side's part in a mutual row.
- A threat against someone else is marked THREAT_VIOLENCE only when it makes the victim fear for
  herself or himself; race or religion mentioned without hostility is never marked.
"""

from __future__ import annotations

ITEMS: list[dict] = []


def case(num, label, elements, *, voice, case, noise, pattern, relationship, occasions, text, spans):
    ITEMS.append(
        {
            "num": num,
            "label": label,
            "elements": elements,
            "style": {"voice": voice, "case": case, "noise": noise},
            "pattern": pattern,
            "relationship": relationship,
            "occasions": occasions,
            "text": text,
            "spans": spans,
        }
    )


# --------------------------------------------------------------------------------------------
# Batch 1
# --------------------------------------------------------------------------------------------

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev",
    pattern="ex_partner_loitering_no_threats", relationship="ex_partner", occasions=4,
    text="""\
0712 RING BACK FROM IP MS DANIELA FERREIRA-WOOD. STATES HER EX BF LUKE PRYCE HAS BEEN PARKED IN THE STAFF CAR PARK AT ASHGROVE DENTAL AGAIN WHEN SHE ARRIVED FOR SHIFT. 4TH MORNING SINCE MON. HE DOESNT GET OUT, JUST SITS THERE. RELSHIP ENDED 3 WKS AGO. IP HAS BLOCKED HIM ON ALL APPS. NO THREATS MADE. IP STATES SHE IS "MORE ANNOYED THAN ANYTHING" BUT COLLEAGUES WORRIED.
0715 THRIVE - SUSP NOT ON SCENE NOW, IP AT WORK WITH STAFF. G3 APPT. PREV ON FILE NIL TRACE.
0719 APPT MADE 1800 TODAY FOR IP. LOG TO STAY OPEN.""",
    spans=[
        ("STALK_LOITER", "PARKED IN THE STAFF CAR PARK AT ASHGROVE DENTAL"),
        ("REPETITION", "4TH MORNING SINCE MON"),
        ("UNWANTED", "IP HAS BLOCKED HIM ON ALL APPS"),
    ],
)

case(
    2, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="single_email_stranger", relationship="stranger", occasions=1,
    text="""\
Victim runs a small bakery (Crumb & Co, Nettlefield). On 14/09 she received one email via the shop website from an address she does not recognise, calling her a range of obscene names over a one-star review she had replied to. Nothing before or since. She was upset by the language. Email preserved. Sender not identified; enquiries with the mail provider would be disproportionate. Opened by front counter as harassment - amended, see review.""",
    spans=[
        ("STALK_CONTACT", "received one email via the shop website"),
        ("DISTRESS", "She was upset by the language"),
    ],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos",
    pattern="neighbour_dispute_threats", relationship="neighbour", occasions=2,
    text="""\
I live at 9 Corrie Walk with my two boys. The man at number 11 (I know him as Gaz, surname Tolland i think) has had a problem with me since I put the fence panels up in march. On the 2nd June he come to my door and said if I parked in front of his house again he would put me in hospital, I was terrified he would actually do it and I shut the door and locked it. I didnt park there again. Then on the 9th he shouted across the road that id get whats coming to me if I kept "parking like a tart" and he walked towards me with his fists clenched till his wife called him back. I really beleive he will hurt me. Last night (sat) there was a brick on my car bonnet, I cant prove it was him. I am scared to go out to the car on my own now.""",
    spans=[
        ("THREAT_VIOLENCE", "he would put me in hospital"),
        ("FEAR_OF_VIOLENCE", "I was terrified he would actually do it"),
        ("THREAT_VIOLENCE", "id get whats coming to me"),
        ("THREAT_VIOLENCE", "walked towards me with his fists clenched"),
        ("FEAR_OF_VIOLENCE", "I really beleive he will hurt me"),
        ("FEAR_OF_VIOLENCE", "I am scared to go out to the car on my own"),
    ],
)

case(
    4, "aggravated_harassment", "CR",
    voice="call_log", case="inconsistent", noise="abbrev",
    pattern="neighbour_racist_abuse_weeks", relationship="neighbour", occasions=15,
    text="""\
1902 caller Mr Tariq OSEI-BONSU 44yrs states neighbour at 31 Larchmont Rd (white male 60s, name not known) has again been shouting over the back fence at him and his wife calling them "monkeys" and telling them to "go back to the jungle". caller says this has gone on most evenings since end of Aug, he has kept a diary, approx 15 entries. no threats of violence, neighbour has never come onto the property. caller v fed up, children hearing it.
1905 G2, LINKED CAD 2231 17/09 (SAME, NO CRIME RAISED - INCIDENT ONLY).
1948 PC 3302 on scene, neighbour not answering door. Will revisit tmrw.""",
    spans=[
        ("RACIAL_HOSTILITY", 'calling them "monkeys"'),
        ("RACIAL_HOSTILITY", 'telling them to "go back to the jungle"'),
        ("REPETITION", "most evenings since end of Aug"),
        ("REPETITION", "approx 15 entries"),
        ("DISTRESS", "caller v fed up, children hearing it"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean",
    pattern="moved_house_changed_job_no_threats", relationship="acquaintance", occasions=10,
    text="""\
I have been told what a victim personal statement is and that it may be used in court.

Before all this I worked at the library on Fennick Street and I loved it. After I stopped replying to his messages he started coming in most days and sitting at the table nearest the issue desk. He never took a book out, he just watched me. Then the letters came to my flat, and one of them had a photo of me walking to the bus. I asked to move to the branch in Holloway Cross, which is two buses away, and I have lost my Saturday overtime. In November I gave up the flat and moved back in with my dad. I don't go to the climbing wall any more because I found out he'd been asking staff there about me. He has never threatened me and I don't think he would hit me, but I am not the same person. I can't sleep without the hall light on and my GP has put me on sertraline.""",
    spans=[
        ("UNWANTED", "I stopped replying to his messages"),
        ("STALK_TURN_UP", "he started coming in"),
        ("REPETITION", "most days"),
        ("STALK_LOITER", "sitting at the table nearest the issue desk"),
        ("STALK_WATCH", "he just watched me"),
        ("STALK_GIFTS", "the letters came to my flat"),
        ("STALK_WATCH", "a photo of me walking to the bus"),
        ("SERIOUS_IMPACT", "I asked to move to the branch in Holloway Cross"),
        ("SERIOUS_IMPACT", "moved back in with my dad"),
        ("SERIOUS_IMPACT", "I don't go to the climbing wall any more"),
        ("FIXATION", "he'd been asking staff there about me"),
        ("SERIOUS_IMPACT", "my GP has put me on sertraline"),
    ],
)

case(
    6, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev",
    pattern="mutual_rows_live_relationship", relationship="partner", occasions=6,
    text="""\
Sgt 1187 review. Six logs in 11 months between Kayleigh DUNMORE and Ross ABBOTT, who still live together at 4 Pelham Court and have a child (2). Each log is a verbal argument with both parties shouting; on two occasions Ross called police about Kayleigh, on four Kayleigh called about Ross. Neither has alleged violence or threats. Both say they are staying together. Log 3 was recorded as harassment 8L against Ross - not right, there is no one-sided pattern and each time they have made up. Crime to be cancelled, DA markers kept, DASH standard x6. Refer to Early Help re child.""",
    spans=[],
)

case(
    7, "harassment", "C",
    voice="judgment", case="mixed", noise="clean",
    pattern="kelly_voicemails", relationship="landlord", occasions=3,
    text="""\
On the evening of 3 March the complainant, Mrs Ilse Varga, returned from a hospital appointment to find three voicemail messages on her landline. They had been left between 1741 and 1749 hrs by the defendant, the landlord of the shop unit she rents, and concerned a dispute over a service charge. In each he called her a "thieving old cow" and worse, and in the third he said she would "regret the day". She listened to them one after another and was, in her words, "shaking like a leaf". The defendant accepted leaving the messages but said it was one conversation and that he had been drinking.""",
    spans=[
        ("STALK_CONTACT", "three voicemail messages on her landline"),
        ("REPETITION", "between 1741 and 1749 hrs"),
        ("DISTRESS", '"shaking like a leaf"'),
    ],
)

case(
    8, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="stranger_fixation_religious_notes", relationship="stranger", occasions=8,
    text="""\
SUMMARY: Between 02/02/25 and 27/03/25 the suspect, a male believed to be Dean HARTWELL (29), has attended Al-Noor Community Centre, Brindle St, on at least five Fridays and waited by the bus stop opposite until the victim, Ms Samira BELHADJ (24), a volunteer there, left. On 3 occasions he has walked behind her to the tram stop (CCTV 14/03 shows this). He has left two notes under her car wiper. The notes say she is "too pretty to wrap up in a bin bag" and that her lot should "get out of this country with your mosque". He has also photographed her on his phone (W1 Idris KAMARA saw this 21/03). No threats of violence. Victim says she is uncomfortable and now gets a lift home. DASH medium.""",
    spans=[
        ("REPETITION", "on at least five Fridays"),
        ("STALK_LOITER", "waited by the bus stop opposite"),
        ("STALK_FOLLOW", "walked behind her to the tram stop"),
        ("STALK_GIFTS", "left two notes under her car wiper"),
        ("RELIGIOUS_HOSTILITY", '"too pretty to wrap up in a bin bag"'),
        ("RELIGIOUS_HOSTILITY", '"get out of this country with your mosque"'),
        ("STALK_WATCH", "photographed her on his phone"),
        ("DISTRESS", "Victim says she is uncomfortable"),
    ],
)

case(
    9, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev",
    pattern="threats_to_relative_not_afraid", relationship="acquaintance", occasions=5,
    text="""\
12/06 1130 OIC update: Spoke to IP Chloe MARSDEN by phone. Since her brother Aaron gave evidence against Kyle FENNER at Crown Court, Fenner has messaged Chloe on Facebook 4 times (06/06, 08/06, 09/06, 11/06) asking where Aaron is living and saying he will "cut him up" when he finds him. IP very clear she is not scared for herself - "he's not interested in me, it's Aaron he wants". She is annoyed that he keeps messaging and has blocked two accounts. Screenshots requested.
13/06 Screenshots received, exhibit OP/1-4. Aaron spoken to separately - out of area, safeguarding in place for him.
15/06 IP reports 5th msg from a new account. Same content re Aaron. Added to crime.""",
    spans=[
        ("STALK_CONTACT", "messaged Chloe on Facebook 4 times"),
        ("REPETITION", "(06/06, 08/06, 09/06, 11/06)"),
        ("UNWANTED", "has blocked two accounts"),
        ("STALK_CONTACT", "5th msg from a new account"),
    ],
)

case(
    10, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="inconsistent", noise="abbrev",
    pattern="ex_partner_threats_high_risk", relationship="ex_partner", occasions=6,
    text="""\
DASH 17/01 - IP Nadia KOWALCZYK-REID / SUSP ex-husband Gareth REID. 16 YES - HIGH. MARAC referral done.
Comments: sep since Oct. Q8 yes - "he rings from withheld 20, 30 times a night, then he's at the end of the road in his van". S-DASH: visits more than 3 x wk yes, loitering yes, threats yes - told IP on 04/01 "if I can't have you nobody will" and on 11/01 sent pic of a knife w/ msg "soon". IP: "I honestly think he's going to kill me". Frightened of him turning up at school pick-up. Prev DV x3 on file. Firearms checked - nil.""",
    spans=[
        ("STALK_CONTACT", "rings from withheld 20, 30 times a night"),
        ("STALK_LOITER", "at the end of the road in his van"),
        ("REPETITION", "visits more than 3 x wk"),
        ("THREAT_VIOLENCE", '"if I can\'t have you nobody will"'),
        ("THREAT_VIOLENCE", 'sent pic of a knife w/ msg "soon"'),
        ("FEAR_OF_VIOLENCE", '"I honestly think he\'s going to kill me"'),
        ("FEAR_OF_VIOLENCE", "Frightened of him turning up at school pick-up"),
    ],
)

case(
    11, "no_offence", "",
    voice="call_log", case="lower", noise="typos",
    pattern="one_evening_messages_issue", relationship="customer", occasions=1,
    text="""\
caller states she sold a pram on marketplace to a woman last nite and the woman has messaged her about 30 times between 8pm and 11pm saying the pram is broken and calling her a scammer and a f***ing liar, caller replied a few times then blocked her. nothing since. caller doesnt know the womans real name, has screenshots. caller wants advice on getting the money sorted. no threats. advised civil matter re refund, if any further msgs to call back. log closed""",
    spans=[
        ("STALK_CONTACT", "messaged her about 30 times between 8pm and 11pm"),
        ("UNWANTED", "blocked her"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="colleague_threats_workplace", relationship="colleague", occasions=2,
    text="""\
IP (Mr Owen LLEWELLYN, 52, forklift driver at Tanner Logistics, Corby Rd) reports co-worker Kasim DRURY (38) has threatened him on two night shifts after IP reported him to management for sleeping on duty. 21/10 approx 0300 in the canteen SUSP said "you're getting stabbed, grass" and mimed a stabbing motion; 24/10 SUSP blocked IP's forklift in aisle 9 and said he'd "do him in the car park". IP states he believed him both times and has since asked to be moved to days, he is frightened to be in the car park at night. Mgmt aware. W1 (shift lead) heard the 24/10 comment. CCTV requested.""",
    spans=[
        ("THREAT_VIOLENCE", 'said "you\'re getting stabbed, grass"'),
        ("THREAT_VIOLENCE", 'said he\'d "do him in the car park"'),
        ("FEAR_OF_VIOLENCE", "IP states he believed him both times"),
        ("SERIOUS_IMPACT", "asked to be moved to days"),
        ("FEAR_OF_VIOLENCE", "he is frightened to be in the car park at night"),
    ],
)

case(
    13, "stalking", "CS",
    voice="statement", case="mixed", noise="clean",
    pattern="colleague_gifts_no_threats", relationship="colleague", occasions=7,
    text="""\
Statement of Priya NAIR (extract). Dominic came to the team in January. At first it was just coffees left on my desk with my name on, which I thought was a bit much but harmless. In February he started leaving cards, one said "I think about you on the drive home". I told him at the Friday social that I had a partner and wasn't interested. The next Monday there were roses on my car windscreen in the multi-storey. Since then he has been waiting by the lift on level 4 when I finish at half five, most nights, pretending to be on his phone. He has never said anything nasty or threatened me, he's always smiling. HR have spoken to him once. I've started leaving by the stairs at the other end.""",
    spans=[
        ("STALK_GIFTS", "coffees left on my desk with my name on"),
        ("STALK_GIFTS", "started leaving cards"),
        ("FIXATION", '"I think about you on the drive home"'),
        ("UNWANTED", "told him at the Friday social that I had a partner and wasn't interested"),
        ("STALK_GIFTS", "roses on my car windscreen"),
        ("STALK_LOITER", "waiting by the lift on level 4 when I finish"),
        ("REPETITION", "most nights"),
    ],
)

case(
    14, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="inconsistent", noise="abbrev",
    pattern="shopkeeper_racist_threats_repeat", relationship="customer", occasions=3,
    text="""\
2214 CLR Mr Harjit SANDHU owner of Sandhu Convenience Store 2 Elmfield Parade. Male known to him as "Deano" in shop AGAIN shouting "p*ki" and threatening to burn the shop down with him in it. left on foot twds the Wheatsheaf. CLR says this is 3rd time in a fortnight, last wk he said "ill stab you, you brown b*****d" and CLR didnt sleep that night. CLR "I really think he will do it, I'm scared to be on my own at night". wife now won't do late shifts
2216 G1 - threats, repeat location, 2 units assigned
2231 OFFICERS ON SCENE, CLR SHAKEN. CCTV AVAILABLE. AREA SEARCH FOR SUSP
2302 ASNT. crime to be raised. Gurdwara liaison officer informed at CLR request.""",
    spans=[
        ("RACIAL_HOSTILITY", 'shouting "p*ki"'),
        ("THREAT_VIOLENCE", "threatening to burn the shop down with him in it"),
        ("REPETITION", "3rd time in a fortnight"),
        ("THREAT_VIOLENCE", 'he said "ill stab you'),
        ("RACIAL_HOSTILITY", 'you brown b*****d"'),
        ("FEAR_OF_VIOLENCE", "CLR didnt sleep that night"),
        ("FEAR_OF_VIOLENCE", '"I really think he will do it'),
        ("FEAR_OF_VIOLENCE", "I'm scared to be on my own at night"),
        ("DISTRESS", "CLR SHAKEN"),
    ],
)

case(
    15, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev",
    pattern="negated_conduct_single_text", relationship="ex_partner", occasions=1,
    text="""\
IP adamant SUSP did not follow her home and has not contacted her since the one text on Sunday. Just wanted it logged. No crime.""",
    spans=[
        ("STALK_CONTACT", "the one text on Sunday"),
    ],
)

case(
    16, "stalking", "CS",
    voice="statement", case="lower", noise="typos",
    pattern="ex_partner_pleading_via_friends", relationship="ex_partner", occasions=20,
    text="""\
me and Jordan split up in august after 2 years, it was my choice. since then hes sent me hundreds of messages, not nasty ones just begging me to come back saying hes nothing without me, he cant eat, were meant to be together etc. I blocked him on whatsapp insta and snap. then my friend Leah got a message off him asking her to tell me he still loves me and another one went to my mum on facebook. last week he gave my little sister a letter for me at her school gates. he hasnt threatend me ever i dont think hed hurt me i just want him to stop, I feel guilty but its to much""",
    spans=[
        ("STALK_CONTACT", "hes sent me hundreds of messages"),
        ("FIXATION", "saying hes nothing without me"),
        ("FIXATION", "were meant to be together"),
        ("UNWANTED", "I blocked him on whatsapp insta and snap"),
        ("STALK_CONTACT", "asking her to tell me he still loves me"),
        ("STALK_CONTACT", "another one went to my mum on facebook"),
        ("STALK_GIFTS", "gave my little sister a letter for me"),
    ],
)

case(
    17, "no_offence", "",
    voice="call_log", case="mixed", noise="clean",
    pattern="lawful_purpose_debt_collection", relationship="business", occasions=12,
    text="""\
Caller Mr Edwin ACHTERBERG wants to report harassment by Northgate Recoveries. He has had 11 letters since July and they ring him most weekdays about a catalogue debt of £640 which he disputes. On Tuesday two enforcement agents attended with a warrant copy and were polite, but he found it upsetting in front of his neighbours. No threats, no abuse. Advised he can complain to the firm and to the Financial Ombudsman; civil matter. No offence disclosed.""",
    spans=[
        ("DISTRESS", "he found it upsetting in front of his neighbours"),
    ],
)

case(
    18, "stalking_fear_alarm_distress", "CSF",
    voice="judgment", case="mixed", noise="clean",
    pattern="stranger_watching_notes_threats", relationship="stranger", occasions=12,
    text="""\
The appellant and the complainant had never met before the events in question. The complainant, a 31-year-old nurse, lived alone in a ground-floor flat in Wareham Court. From early May 2023 she began to notice a man, later identified as the appellant, standing at the entrance to the car park opposite her window in the evenings. On 11 May he was there when she returned from a night shift at 0740 hrs, and he followed her on foot from the bus stop to the communal door, a distance of about 200 metres. She told him to leave her alone; he said nothing and smiled.

Over the following three weeks, the prosecution case was that he was seen near the flat on at least nine further occasions, twice photographing her window. On 26 May a handwritten note was pushed through her letterbox reading "I know which room you sleep in". The complainant gave evidence that she read this as a threat that he would come in and hurt her; she moved her bed into the living room and slept with a kitchen knife beside her. On 2 June he approached her at the bus stop and said "you can't hide from me, I'll get you eventually". She called 999 in a state that the call handler described as hysterical.

Her evidence was that on both of those dates she believed he was going to attack her. The directions given to the jury on the two incidents relied on by the Crown are not criticised. The appeal is against sentence only.""",
    spans=[
        ("STALK_LOITER", "standing at the entrance to the car park opposite her window"),
        ("STALK_FOLLOW", "followed her on foot from the bus stop to the communal door"),
        ("UNWANTED", "She told him to leave her alone"),
        ("REPETITION", "on at least nine further occasions"),
        ("STALK_WATCH", "twice photographing her window"),
        ("THREAT_VIOLENCE", '"I know which room you sleep in"'),
        ("FEAR_OF_VIOLENCE", "she read this as a threat that he would come in and hurt her"),
        ("THREAT_VIOLENCE", '"you can\'t hide from me, I\'ll get you eventually"'),
        ("FEAR_OF_VIOLENCE", "she believed he was going to attack her"),
    ],
)

case(
    19, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="mo_field", case="upper", noise="abbrev",
    pattern="neighbour_filming_racist_posts_moved", relationship="neighbour", occasions=5,
    text="""\
MO: SUSP FILMS VICTIM FROM UPSTAIRS WINDOW, FOLLOWS HER TO SHOPS, POSTS VIDEOS OF HER ON TIKTOK WITH RACIST CAPTIONS. VICTIM HAS MOVED OUT TO SISTERS.""",
    spans=[
        ("STALK_WATCH", "FILMS VICTIM FROM UPSTAIRS WINDOW"),
        ("STALK_FOLLOW", "FOLLOWS HER TO SHOPS"),
        ("STALK_PUBLISH", "POSTS VIDEOS OF HER ON TIKTOK"),
        ("RACIAL_HOSTILITY", "WITH RACIST CAPTIONS"),
        ("SERIOUS_IMPACT", "VICTIM HAS MOVED OUT TO SISTERS"),
    ],
)

case(
    20, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="other_hate_strand_homophobic", relationship="business", occasions=4,
    text="""\
Victim Callum BRIERLEY (27) and his husband run a market stall at Holme Street market. Since the spring a stallholder two pitches down, Barry NUTTALL (58), has made comments most Saturdays about "your sort" and called Callum a "f*****" in front of customers on 12/07, 19/07 and 02/08, also knocking over his display on 02/08. Victim says he's not frightened of Nuttall, who is "all mouth", but it is humiliating and affecting trade. Market manager has issued a warning. Hate crime flag (sexual orientation) added.""",
    spans=[
        ("REPETITION", "most Saturdays"),
        ("REPETITION", "on 12/07, 19/07 and 02/08"),
        ("STALK_PROPERTY", "knocking over his display"),
        ("DISTRESS", "it is humiliating and affecting trade"),
    ],
)


# --------------------------------------------------------------------------------------------
# Batch 2
# --------------------------------------------------------------------------------------------

case(
    21, "no_offence", "R",
    voice="call_log", case="upper", noise="abbrev",
    pattern="single_religious_slur_stranger", relationship="stranger", occasions=1,
    text="""\
1638 CLR MR EPHRAIM GOLDSTEIN ON 999 FROM 47 BUS, NOW OFF AT STAMFORD GATE. WHILE ON BUS A MALE APPROX 40 IN GREEN PARKA STARTED SHOUTING "DIRTY JEWS" AND "HITLER SHOULD HAVE FINISHED THE JOB" AT CLR AND HIS 9YR OLD SON WHO WAS WEARING HIS KIPPAH. MALE GOT OFF AT THE PRECINCT. CLR HAS NEVER SEEN HIM BEFORE. NO PHYSICAL. SON UPSET AND CRYING.
1641 G2. BUS CO TO BE CONTACTED RE CCTV (ROUTE 47). HATE CRIME - RELIGION.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", 'SHOUTING "DIRTY JEWS"'),
        ("RELIGIOUS_HOSTILITY", '"HITLER SHOULD HAVE FINISHED THE JOB"'),
        ("DISTRESS", "SON UPSET AND CRYING"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev",
    pattern="ex_partner_tracker_moved_no_threats", relationship="ex_partner", occasions=4,
    text="""\
03/04 Crime raised. IP Rebecca THORNLEY (36) reports ex-partner Sean McAVOY (40), sep Jan, has turned up at places she had not told anyone she'd be: Tesco Ravensworth on 22/03, her sister's in Bolton on 29/03, the Premier Inn at Ludcombe 01/04 where she was staying for a work course. Each time he just says hello and walks off. No threats. IP can't work out how he knows.
05/04 IP took car to Halfords - fitter found a GPS tracker taped inside rear bumper. Seized, exhibit TW/2.
09/04 TT IP. She has moved to her mum's in Prestwold and not been back to the house. Sold the car. Off work sick since Monday, says she is "a wreck", panic attacks.
10/04 Sgt: good work. Think SPO. SUSP interview to be arranged.""",
    spans=[
        ("STALK_TURN_UP", "turned up at places she had not told anyone she'd be"),
        ("STALK_MONITOR", "found a GPS tracker taped inside rear bumper"),
        ("SERIOUS_IMPACT", "She has moved to her mum's in Prestwold"),
        ("SERIOUS_IMPACT", "Sold the car"),
        ("SERIOUS_IMPACT", "Off work sick since Monday"),
        ("DISTRESS", 'says she is "a wreck", panic attacks'),
    ],
)

case(
    23, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="business_dispute_issue_based", relationship="business", occasions=27,
    text="""\
Crime summary - 8L. Victim: Imogen FAIRCLOUGH, director of Fairclough Interiors Ltd. Suspect: Martin OYELARAN-HUGHES, her former business partner (the partnership was dissolved in September over a £12k dispute). Since 01/10 the suspect has sent the victim 23 emails, several a day at times, demanding the money and calling her a fraud and a parasite. He has also emailed four of her clients (05/10, 11/10, 19/10, 02/11) alleging she is dishonest. A solicitor's letter of 15/10 asked him to stop all direct contact; the emails continued. Victim describes herself as stressed and unable to focus on work. Nothing suggests any interest in the victim beyond the money; no surveillance, no approach in person.""",
    spans=[
        ("STALK_CONTACT", "sent the victim 23 emails"),
        ("REPETITION", "several a day at times"),
        ("STALK_PUBLISH", "emailed four of her clients"),
        ("UNWANTED", "asked him to stop all direct contact"),
        ("REPETITION", "the emails continued"),
        ("DISTRESS", "stressed and unable to focus on work"),
    ],
)

case(
    24, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="clean",
    pattern="female_ex_partner_racial_abuse", relationship="ex_partner", occasions=30,
    text="""\
I was with Chantelle for about eight months and I finished it at the start of May because of her drinking. After that she wouldn't leave it. She messages me every day from different numbers, sometimes fifty times, saying she loves me and then calling me a black c*** and saying I should go back to Lagos when I don't answer. I've never lived in Lagos, I was born in Croydon. She turns up at PureGym on Station Road when I'm training, she must know my times because she's there on Tuesdays and Thursdays, and she sat on the bench outside my flat two Sundays running. She posted on Facebook that I gave her an STD, which is a lie, and my cousin saw it. I'm not frightened of her, she's five foot nothing, but I'm embarrassed and I've had enough.""",
    spans=[
        ("STALK_CONTACT", "messages me every day from different numbers"),
        ("REPETITION", "sometimes fifty times"),
        ("FIXATION", "saying she loves me"),
        ("RACIAL_HOSTILITY", "calling me a black c***"),
        ("RACIAL_HOSTILITY", "saying I should go back to Lagos"),
        ("STALK_TURN_UP", "turns up at PureGym on Station Road when I'm training"),
        ("FIXATION", "she must know my times"),
        ("REPETITION", "on Tuesdays and Thursdays"),
        ("STALK_LOITER", "sat on the bench outside my flat"),
        ("REPETITION", "two Sundays running"),
        ("STALK_PUBLISH", "posted on Facebook that I gave her an STD"),
        ("DISTRESS", "I'm embarrassed and I've had enough"),
    ],
)

case(
    25, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="online_new_accounts_monitoring", relationship="online", occasions=10,
    text="""\
IP (17, male, reported via mother) met SUSP "R4VENHEART" on a Discord server for a game about a year ago. They have never met in person. After IP left the server in Feb, SUSP has created at least 9 new accounts to message him on Discord, Steam and Instagram, each time after being blocked. Msgs say IP "belongs" with him and list things IP did that day, incl the name of IP's college and the time his bus leaves. IP believes SUSP got into his old Steam account as the password was changed on 04/03. No threats. IP says it's "creepy". Referred to cyber team for account attribution.""",
    spans=[
        ("STALK_CONTACT", "created at least 9 new accounts to message him"),
        ("UNWANTED", "each time after being blocked"),
        ("FIXATION", 'IP "belongs" with him'),
        ("STALK_MONITOR", "list things IP did that day"),
        ("STALK_MONITOR", "got into his old Steam account"),
    ],
)

case(
    26, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev",
    pattern="spaced_reconciled", relationship="ex_partner", occasions=2,
    text="""\
Review of crime 22/41877/24. The two incidents relied on are 14/01/24 (SUSP shouted at IP in the street outside the Crown and called her a slag) and 19/06/24 (SUSP sent IP a text calling her "a joke of a mother"). Between those dates IP and SUSP got back together in February and lived together at Orchard Way until late May. IP accepts there was nothing else from him in that period that upset her. Five months apart, a reconciliation in between, no continuing theme: not enough to link them. Reclassified as non-crime incident; IP informed and advised re any further contact.""",
    spans=[
        ("STALK_CONTACT", 'sent IP a text calling her "a joke of a mother"'),
    ],
)

case(
    27, "harassment_fear_of_violence", "CFD",
    voice="notebook", case="mixed", noise="typos",
    pattern="debt_threats_pasted_messages", relationship="acquaintance", occasions=4,
    text="""\
Msgs from SUSP (Jake BRANAGH, ex-friend of IP) shown to me on IP's phone, read:
29/08 2312 'u owe me 400 and ur gonna pay it or ill break ur jaw'
30/08 0104 'ignore me all u want'
02/09 1840 'seen u in spar. next time im not walking past'
04/09 2220 'ur mums house is on brook st isnt it'
IP says the money is for a car part SUSP sold him that never worked, he refused to pay. IP states after the first msg he stopped going to the gym where SUSP also trains because he was sure SUSP would go for him, and after the Spar msg he was 'properly scared, he meant it'. No injuries, no contact in person. Screenshots exhibit DL/1.""",
    spans=[
        ("THREAT_VIOLENCE", "ur gonna pay it or ill break ur jaw"),
        ("THREAT_VIOLENCE", "next time im not walking past"),
        ("SERIOUS_IMPACT", "stopped going to the gym where SUSP also trains"),
        ("FEAR_OF_VIOLENCE", "he was sure SUSP would go for him"),
        ("FEAR_OF_VIOLENCE", "'properly scared, he meant it'"),
    ],
)

case(
    28, "aggravated_harassment", "CR",
    voice="judgment", case="mixed", noise="clean",
    pattern="antisemitic_emails_planning_issue", relationship="stranger", occasions=6,
    text="""\
Between 4 and 26 February the victim, Mr Saul Bernstein, secretary of the Hatfield Road synagogue, received six emails from an account in the name "Concerned Resident" about the synagogue's planning application for a new hall. The early emails objected to parking. From the third onwards they became abusive: "your people always get what they want", "you lot bought the council like you buy everything", and the last, on 26 February, "no more Jew halls in Hatfield". The sender was traced to Colin Dewhurst, 67, of Fernlea Avenue, who in interview said he "had nothing against them" and was only concerned about traffic. Mr Bernstein said the emails left him feeling unsafe at the synagogue after dark, though he did not think Dewhurst himself would do anything.""",
    spans=[
        ("REPETITION", "Between 4 and 26 February"),
        ("STALK_CONTACT", "received six emails"),
        ("RELIGIOUS_HOSTILITY", '"your people always get what they want"'),
        ("RELIGIOUS_HOSTILITY", '"you lot bought the council like you buy everything"'),
        ("RELIGIOUS_HOSTILITY", '"no more Jew halls in Hatfield"'),
        ("DISTRESS", "left him feeling unsafe at the synagogue after dark"),
    ],
)

case(
    29, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="call_log", case="inconsistent", noise="abbrev",
    pattern="youths_racist_threats_nightly", relationship="neighbour", occasions=5,
    text="""\
2047 CLR Mrs Agnieszka WOJCIK, 3 Tenby Close. Group of 4-5 youths in the road outside AGAIN shouting at the house, one of them (she knows him as Tyler from no.18) shouting "f*** off back to Poland" and "we'll stab you polish rats". CLR in house with 2 kids, lights off. CLR says it's every night this week. She is terrified they will come in.
2049 G1.
2058 UNITS ON SCENE, YOUTHS DISPERSED ON ARRIVAL. TYLER CROOK (16) IDENTIFIED.
2130 PC 5521: spoke to CLR, v distressed, says on Tues Tyler told her "your house is getting burnt with you in it" and she believed him. She has not let the kids play out since. Crime raised, linked CAD 1877 (Tues).""",
    spans=[
        ("RACIAL_HOSTILITY", '"f*** off back to Poland"'),
        ("THREAT_VIOLENCE", '"we\'ll stab you polish rats"'),
        ("REPETITION", "every night this week"),
        ("FEAR_OF_VIOLENCE", "She is terrified they will come in"),
        ("DISTRESS", "v distressed"),
        ("THREAT_VIOLENCE", '"your house is getting burnt with you in it"'),
        ("FEAR_OF_VIOLENCE", "she believed him"),
        ("SERIOUS_IMPACT", "She has not let the kids play out since"),
    ],
)

case(
    30, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="ex_partner_religious_hostility_threats", relationship="ex_partner", occasions=14,
    text="""\
Victim Hannah (now Hana) PRICE (29) converted to Islam in 2024, after separating from SUSP Craig LOMAX (31) in 2023; they have a daughter, 5. Handovers are via SUSP's mother. Since Hana began wearing a hijab in January SUSP has: driven past her flat on Kelvin Road repeatedly (neighbour counted 11 times in a week); messaged her calling her a "terrorist's w****" and saying he'll "rip that rag off your head"; on 17/02 waited in the mosque car park on Derby St after Jumu'ah and shouted that she'd "be next" while making a throat-cutting gesture. Victim states she was sure he would attack her there and ran back inside. On 22/02 he told their daughter to tell mummy "daddy's coming for her". Victim: "I believe he will kill me". Victim has stopped attending Friday prayers.""",
    spans=[
        ("STALK_LOITER", "driven past her flat on Kelvin Road repeatedly"),
        ("REPETITION", "11 times in a week"),
        ("RELIGIOUS_HOSTILITY", 'calling her a "terrorist\'s w****"'),
        ("THREAT_VIOLENCE", 'he\'ll "rip that rag off your head"'),
        ("STALK_LOITER", "waited in the mosque car park on Derby St"),
        ("THREAT_VIOLENCE", 'she\'d "be next"'),
        ("THREAT_VIOLENCE", "making a throat-cutting gesture"),
        ("FEAR_OF_VIOLENCE", "she was sure he would attack her there"),
        ("THREAT_VIOLENCE", '"daddy\'s coming for her"'),
        ("FEAR_OF_VIOLENCE", '"I believe he will kill me"'),
        ("SERIOUS_IMPACT", "stopped attending Friday prayers"),
    ],
)

case(
    31, "no_offence", "",
    voice="dash_note", case="mixed", noise="abbrev",
    pattern="controlling_live_relationship", relationship="partner", occasions=0,
    text="""\
DASH 02/11. IP Sinead O'ROURKE lives with p/ner Liam BOATENG at 7B Mercer House, together 4 yrs. 11 YES - MEDIUM. IP says Liam has her bank card and gives her £20 a week, checks her phone every night and gets angry if she's spoken to her sister. He tracks her on Find My. No physical violence, no threats. IP frightened of "setting him off" but not of being hurt - "he's never lifted a hand". IP does not want to leave him at this time. Advice given, IDVA referral accepted. Safety plan discussed.""",
    spans=[
        ("STALK_MONITOR", "checks her phone every night"),
        ("STALK_MONITOR", "He tracks her on Find My"),
    ],
)

case(
    32, "no_offence", "",
    voice="notebook", case="mixed", noise="clean",
    pattern="one_threat_only_single_incident", relationship="neighbour", occasions=1,
    text="""\
SATURDAY 14TH JUNE. 1120 Attended 22 Ashby Row re dispute over shared driveway. Spoke to Mr Ronald PEAKE (71) who stated his neighbour Mr Kyle DOWD came round at approx 1050 and said "MOVE THAT CAR OR I'LL MOVE YOUR FACE". Mr PEAKE states this is the first time there has been any trouble, they have been neighbours 9 years. He is shaken but does not want to make a complaint. Spoke to Mr DOWD who apologised, said he'd had a bad week. Words of advice given to both parties.""",
    spans=[
        ("THREAT_VIOLENCE", '"MOVE THAT CAR OR I\'LL MOVE YOUR FACE"'),
        ("DISTRESS", "He is shaken"),
    ],
)

case(
    33, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="redacted",
    pattern="fake_profiles_and_monitoring", relationship="acquaintance", occasions=5,
    text="""\
[REDACTED] reports that since approx [DATE] three profiles have appeared on dating apps (Hinge, Bumble, Tinder) using her photos, her first name and her workplace, inviting men to "come and find me at [ADDRESS 1]". Two men have since turned up at her work asking for her. She also received a password-reset notice for her iCloud she did not request, and a message from an unknown number quoting a private conversation she had with her sister on WhatsApp. She suspects [NAME 1], who she went on two dates with in [MONTH] and then told she did not want to see him again. Enquiries with platforms ongoing.""",
    spans=[
        ("STALK_PUBLISH", "three profiles have appeared on dating apps"),
        ("STALK_PUBLISH", 'inviting men to "come and find me at [ADDRESS 1]"'),
        ("STALK_MONITOR", "a password-reset notice for her iCloud she did not request"),
        ("STALK_MONITOR", "quoting a private conversation she had with her sister"),
        ("UNWANTED", "told she did not want to see him again"),
    ],
)

case(
    34, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="clean",
    pattern="family_inheritance_threats", relationship="family", occasions=2,
    text="""\
My late mother left her house to me and my sister Lorraine. Lorraine's husband Philip ASHWORTH thinks it should have gone to Lorraine only. On 3rd August he phoned me and said that if I didn't sign my half over he would "come round and put you through a window". I believed him. He has a temper and in 2019 he was convicted of assaulting a man in a pub. On 10th August he turned up at my work at the garden centre, stood at the till and said "you've got a week". I had to go in the back, I was shaking and I thought he was going to hit me there and then. My manager asked him to leave. Since then I've had my son drive me to and from work. I have not spoken to Lorraine since.""",
    spans=[
        ("THREAT_VIOLENCE", 'he would "come round and put you through a window"'),
        ("FEAR_OF_VIOLENCE", "I believed him"),
        ("STALK_TURN_UP", "turned up at my work at the garden centre"),
        ("THREAT_VIOLENCE", '"you\'ve got a week"'),
        ("FEAR_OF_VIOLENCE", "I thought he was going to hit me there and then"),
        ("SERIOUS_IMPACT", "I've had my son drive me to and from work"),
    ],
)

case(
    35, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev",
    pattern="race_mentioned_no_hostility_single", relationship="stranger", occasions=1,
    text="""\
1312 CLR Mrs Rukhsana IQBAL states delivery driver from QuikParcel threw parcel over her gate, when she complained at the door he swore at her, called her a "stupid woman" and drove off. CLR is of Pakistani heritage and when asked says she does not think it was anything to do with that, "he was just rude". One-off, never seen him before. CLR mainly wants to complain to the company. Advised. Parcel undamaged. NFA. Log closed 1330.""",
    spans=[],
)

case(
    36, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev",
    pattern="restraining_order_breaches", relationship="ex_partner", occasions=3,
    text="""\
RO made 14/05/25 at Wexcombe Mags: SUSP Damian FROST (ex-p/ner) not to contact IP Laura BISHOP-LEE or attend Flat 3, 88 Queen's Drive.
21/06 1905 IP reports SUSP standing at bottom of her steps. Left on police arrival. Breach crime raised.
28/06 0730 SUSP seen by IP's neighbour sitting on wall opposite flat. IP at work. Breach #2.
06/07 2200 SUSP knocked on IP's door, asked her through the letterbox to "just talk for five minutes", IP didn't answer. Breach #3.
07/07 OIC review: three times in a fortnight at her home, all since the RO. IP says she is not scared of him, "he's pathetic", but wants it to end. Consider one crime covering 21/06-06/07 rather than 3 separate breaches; SUSP to be arrested.""",
    spans=[
        ("STALK_LOITER", "standing at bottom of her steps"),
        ("STALK_LOITER", "sitting on wall opposite flat"),
        ("STALK_TURN_UP", "knocked on IP's door"),
        ("STALK_CONTACT", 'asked her through the letterbox to "just talk for five minutes"'),
        ("REPETITION", "three times in a fortnight"),
    ],
)

case(
    37, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="other_hate_strand_disability", relationship="colleague", occasions=9,
    text="""\
Crime ref 44/09981/25. IP Mr Graham TEALE (49) has cerebral palsy and walks with a stick. Since he moved to the accounts team in April, colleague Jason MORLEY has mimicked his walk in the office on several occasions, hidden his stick twice (12/05 and 30/05), and sent him Teams messages calling him "Hopalong" and worse (screenshots, 7 messages between 14/05 and 09/06). IP has raised a grievance. IP says he feels humiliated and dreads going in. Classified 8L. Disability hate flag added.""",
    spans=[
        ("REPETITION", "on several occasions"),
        ("STALK_PROPERTY", "hidden his stick twice"),
        ("REPETITION", "(12/05 and 30/05)"),
        ("STALK_CONTACT", "sent him Teams messages"),
        ("REPETITION", "7 messages between 14/05 and 09/06"),
        ("DISTRESS", "he feels humiliated and dreads going in"),
    ],
)

case(
    38, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="mixed", noise="typos",
    pattern="ex_partner_always_there_diary", relationship="ex_partner", occasions=5,
    text="""\
Diary kept by IP (SUSP = ex-p, father of Ellie), copied into log by PC 4410, exhibit MJ/3:
Mon 3rd - his car outside nursery at drop off. Didnt get out. Told nursery staff.
Wed 5th - 6 calls no caller ID between 11pm and 1am. Didnt answer.
Fri 7th - card thru door "I'll always be here for you both". No stamp so he came to the house.
Sun 9th - saw him at the big Asda, he was in same aisle as me twice.
Tues 11th - moved Ellie to the nursery at my mums end.
Thurs 13th - signed off work by GP 2 weeks, anxiety. Not been out except to mums.
No threats at all. He hasnt said anything nasty. Its just that hes always there.""",
    spans=[
        ("STALK_LOITER", "his car outside nursery at drop off"),
        ("STALK_CONTACT", "6 calls no caller ID between 11pm and 1am"),
        ("STALK_GIFTS", "card thru door"),
        ("FIXATION", '"I\'ll always be here for you both"'),
        ("STALK_FOLLOW", "he was in same aisle as me twice"),
        ("SERIOUS_IMPACT", "moved Ellie to the nursery at my mums end"),
        ("SERIOUS_IMPACT", "signed off work by GP 2 weeks, anxiety"),
        ("SERIOUS_IMPACT", "Not been out except to mums"),
        ("FIXATION", "hes always there"),
    ],
)

case(
    39, "no_offence", "",
    voice="judgment", case="mixed", noise="clean",
    pattern="intermittent_violence_live_relationship", relationship="partner", occasions=2,
    text="""\
The appellant and the complainant were in a relationship for about four years and lived together at an address in Cradley. The Crown relied on two incidents: in April he punched her during an argument about money, and in October he pushed her against a wardrobe, causing bruising. Between those dates they continued to live together as a couple, went on holiday together in July, and the complainant described the summer as "good". On the evidence each incident was an isolated flare-up in a continuing relationship rather than part of a connected series directed at her. The conviction cannot stand; the assaults could and should have been charged as such.""",
    spans=[],
)

case(
    40, "aggravated_harassment", "CR",
    voice="call_log", case="mixed", noise="abbrev",
    pattern="neighbour_racist_abuse_short", relationship="neighbour", occasions=4,
    text="""\
4th report this month - neighbour's teenage son shouting 'gyppos out' at IP's Roma family from his bedroom window. IP 'sick of it'.""",
    spans=[
        ("REPETITION", "4th report this month"),
        ("RACIAL_HOSTILITY", "shouting 'gyppos out'"),
        ("DISTRESS", "IP 'sick of it'"),
    ],
)


# --------------------------------------------------------------------------------------------
# Batch 3
# --------------------------------------------------------------------------------------------

case(
    41, "harassment", "C",
    voice="call_log", case="inconsistent", noise="abbrev",
    pattern="neighbour_issue_based_victim_says_stalked", relationship="neighbour", occasions=13,
    text="""\
0918 CLR Mrs Pauline GREATOREX, 16 Birchfield Lane, states she is being stalked by her neighbour Mr Nigel COATES (no.14) and wants him arrested. Dispute re her leylandii hedge since last summer. CLR says COATES has put 8 letters through her door since Jan demanding she cut the hedge, some calling her 'a selfish old witch'; has reported her to the council 4 times (hedge, bins, bonfire, a van parked on the verge), all closed with no action; and on Sat filmed her on his phone while she was in the front garden and said 'that's going to the council too'. CLR says she feels like a prisoner in her own garden. No threats made. CLR 74, lives alone.
0925 G3 - PCSO TO ATTEND.
1420 PCSO 7712: attended, spoke to CLR, letters seen (8, all about hedge/bins). Spoke to COATES - says he just wants the hedge cut, accepts filming 'for evidence'. Advised both re mediation. Passed to neighbourhood sgt for crime decision.
1602 Sgt 2290: letters + council reports + filming over 4 months, all one way, wording abusive, victim elderly and distressed. Recording as crime. All about the hedge; no sign he's interested in her beyond that. Community mediation referral.""",
    spans=[
        ("STALK_CONTACT", "put 8 letters through her door since Jan"),
        ("STALK_ORDERS", "reported her to the council 4 times"),
        ("STALK_WATCH", "filmed her on his phone while she was in the front garden"),
        ("DISTRESS", "she feels like a prisoner in her own garden"),
        ("REPETITION", "over 4 months"),
        ("DISTRESS", "victim elderly and distressed"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="online_fixation_racial_religious_publish", relationship="online", occasions=20,
    text="""\
Victim: Jasleen KAUR GILL (26), runs a cooking channel (approx 40k followers). Suspect: holder of the account "@truebrit_1066", believed to be Nathan ELLWOOD (33), Stockport. Since Nov SUSP has commented on almost every post within minutes, called her a "turban-wearing parasite" and a "curry muncher" and told her Britain is "not your country". After she blocked him he opened at least 6 more accounts. In Jan he posted a screenshot of Google Street View showing her parents' shop with the caption "found the nest". He has emailed her sponsor twice claiming she is an illegal immigrant. She has been "freaked out" but says she isn't scared he'll do anything, "he's a keyboard warrior". Platform data requested.""",
    spans=[
        ("STALK_MONITOR", "commented on almost every post within minutes"),
        ("RELIGIOUS_HOSTILITY", '"turban-wearing parasite"'),
        ("RACIAL_HOSTILITY", '"curry muncher"'),
        ("RACIAL_HOSTILITY", 'told her Britain is "not your country"'),
        ("UNWANTED", "After she blocked him"),
        ("STALK_CONTACT", "opened at least 6 more accounts"),
        ("STALK_PUBLISH", "posted a screenshot of Google Street View showing her parents' shop"),
        ("STALK_ORDERS", "emailed her sponsor twice claiming she is an illegal immigrant"),
        ("DISTRESS", '"freaked out"'),
    ],
)

case(
    43, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="statement", case="mixed", noise="clean",
    pattern="neighbour_racist_threats_long_statement", relationship="neighbour", occasions=6,
    text="""\
STATEMENT OF WITNESS (MG11) - Marcus ADEYEMI-CLARKE, age over 18, occupation: bus driver.

I live at Flat 6, Hollis House, Wendover Road with my wife Grace and our two children, who are 7 and 11. We moved in in June last year. The man who lives in Flat 2, who I now know to be Raymond PITT, was fine with us to begin with, he would nod on the stairs.

The first problem was in about September. I was carrying shopping up and he said "more of you lot moving in, it's like Lagos in here now". I didn't say anything. I'm from Leyton. After that he made comments nearly every time he saw me or Grace. He would make monkey noises when we passed his door. My daughter asked me why the man makes noises at us and I didn't know what to tell her.

On 2nd November I came home from a late shift at about quarter to one in the morning and he was standing on the landing outside his flat. He said "I've got a blade in here with your name on it, I'll gut you like a fish". He had his hand in his dressing gown pocket. I honestly thought he was going to stab me. I went past him very quickly, locked our door and I didn't sleep.

On 19th November somebody wrote on the communal notice board "N***** OUT OF HOLLIS HOUSE" in the same capitals he uses on his parking notes. The housing officer took a photo and removed it.

On 3rd December he was at the bottom of the stairs when Grace came back from the school run with the kids. Grace told me he said "tell your husband he's a dead man". When she told me I was frightened for myself, because I believe he means it and he hears me go out to work at night.

Since then I have stopped doing late shifts, which has cost us about £300 a month. I walk the kids down the stairs myself every morning. Grace won't go out after dark. I am not sleeping properly.

I have never had any argument with Mr Pitt. I have never said anything to him apart from hello. I want the police to deal with this because I am scared one night he is going to do what he says.

I am willing to attend court.""",
    spans=[
        ("RACIAL_HOSTILITY", '"more of you lot moving in, it\'s like Lagos in here now"'),
        ("REPETITION", "nearly every time he saw me or Grace"),
        ("RACIAL_HOSTILITY", "make monkey noises when we passed his door"),
        ("THREAT_VIOLENCE", '"I\'ve got a blade in here with your name on it, I\'ll gut you like a fish"'),
        ("FEAR_OF_VIOLENCE", "I honestly thought he was going to stab me"),
        ("RACIAL_HOSTILITY", '"N***** OUT OF HOLLIS HOUSE"'),
        ("THREAT_VIOLENCE", '"tell your husband he\'s a dead man"'),
        ("FEAR_OF_VIOLENCE", "I was frightened for myself"),
        ("SERIOUS_IMPACT", "I have stopped doing late shifts"),
        ("SERIOUS_IMPACT", "I walk the kids down the stairs myself every morning"),
        ("FEAR_OF_VIOLENCE", "I am scared one night he is going to do what he says"),
    ],
)

case(
    44, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev",
    pattern="single_following_victim_says_stalked", relationship="stranger", occasions=1,
    text="""\
2251 CLR (female 22) on 999 says she is being stalked, male followed her from Wellgate station to the end of her road approx 10 mins ago, he was about 20m behind the whole way, she went into the Co-op and he walked on. CLR has never seen him before. Desc IC1 male 30s dark hoodie. CLR now home safe with flatmate. Shaken. No words exchanged.
2253 G2 - area search requested, CCTV at station to be checked.
2340 ASNT. CLR advised. Log closed, incident only.""",
    spans=[
        ("STALK_FOLLOW", "followed her from Wellgate station to the end of her road"),
        ("DISTRESS", "Shaken"),
    ],
)

case(
    45, "stalking_fear_alarm_distress", "CSFD",
    voice="judgment", case="mixed", noise="clean",
    pattern="ex_partner_sentencing_remarks", relationship="ex_partner", occasions=12,
    text="""\
R v DARYL ASPINALL - sentencing remarks (extract)

Mr Aspinall, you and Ms Joanne Whitcombe were in a relationship for about six years. It ended in March of last year when she asked you to leave the house in Brierley Hill. She was entitled to end it. You could not accept that.

Over the next five months you set about making her life a misery. In April you sent her something in the region of 300 text messages; some told her you loved her, many called her vile names, and several told her what would happen to her if she "carried on like this". You rang her place of work, a veterinary practice, so many times that the practice manager had to change the phone system so your number was barred. You sat in your car at the end of her road on evenings when you knew her new partner was visiting; she saw you there on at least six occasions, and so did he.

On 14 June you sent her a message saying "I'll burn the house down with you in it and I'll do the time happily". She told the police that night, and I accept her evidence, that she believed you would do exactly that. She slept at her sister's for a week. On 2 August you approached her in the car park of the practice, blocked her car door and said "one day you won't see me coming". She was so frightened that a colleague had to drive her home. She has since had a doorbell camera and new locks fitted and she varies her route to work.

In her victim personal statement, which I have read, she says that she still checks the back seat of her car before she gets in. That is what you did to her.

You pleaded guilty at the first opportunity, and you will receive full credit for that. You have one previous conviction for a public order offence in 2015, which I treat as of little relevance. The pre-sentence report says you accept your behaviour but continue to blame Ms Whitcombe for the end of the relationship; I regard that as concerning.

I have considered the guideline. This is high culpability because of the persistent action over a prolonged period, and harm category 1 given the very high level of distress and the considerable practical effects on her. The sentence is one of 20 months' imprisonment. There will be a restraining order, without limit of time, in the terms I have approved.""",
    spans=[
        ("FIXATION", "You could not accept that"),
        ("STALK_CONTACT", "sent her something in the region of 300 text messages"),
        ("THREAT_VIOLENCE", 'told her what would happen to her if she "carried on like this"'),
        ("STALK_CONTACT", "rang her place of work"),
        ("STALK_LOITER", "sat in your car at the end of her road"),
        ("FIXATION", "when you knew her new partner was visiting"),
        ("REPETITION", "on at least six occasions"),
        ("THREAT_VIOLENCE", '"I\'ll burn the house down with you in it and I\'ll do the time happily"'),
        ("FEAR_OF_VIOLENCE", "she believed you would do exactly that"),
        ("SERIOUS_IMPACT", "She slept at her sister's for a week"),
        ("THREAT_VIOLENCE", 'blocked her car door and said "one day you won\'t see me coming"'),
        ("FEAR_OF_VIOLENCE", "She was so frightened that a colleague had to drive her home"),
        ("SERIOUS_IMPACT", "had a doorbell camera and new locks fitted"),
        ("SERIOUS_IMPACT", "she varies her route to work"),
        ("DISTRESS", "she still checks the back seat of her car"),
    ],
)

case(
    46, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="customer_grievance_calls_reviews", relationship="customer", occasions=23,
    text="""\
Summary: IP Leanne MOSS owns Moss & Co hair salon, Quarry St. On 02/03 SUSP (customer, Mrs Denise HALLWORTH) complained about a colour and was refunded in full. Since then SUSP has rung the salon 14 times (logged by staff) and IP's personal mobile 9 times, shouting that IP "ruined her hair" and "should be shut down", and has left 1-star reviews under 3 different names. IP asked her in writing on 10/03 to stop. Calls continued until 19/03. IP "dreads the phone ringing". No threats, no attendance at salon.""",
    spans=[
        ("STALK_CONTACT", "rung the salon 14 times"),
        ("STALK_CONTACT", "IP's personal mobile 9 times"),
        ("STALK_PUBLISH", "left 1-star reviews under 3 different names"),
        ("UNWANTED", "asked her in writing on 10/03 to stop"),
        ("REPETITION", "Calls continued until 19/03"),
        ("DISTRESS", '"dreads the phone ringing"'),
    ],
)

case(
    47, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev",
    pattern="student_fixation_lecturer", relationship="acquaintance", occasions=15,
    text="""\
MO: SUSP (POSTGRAD STUDENT) EMAILS LECTURER DAILY INC WEEKENDS RE 'OUR CONNECTION', WAITS IN CORRIDOR OUTSIDE HER OFFICE FOR HOURS, LEAVES HANDWRITTEN NOTES UNDER OFFICE DOOR. UNI HAS BARRED HIM FROM HER MODULE. CONTINUES.""",
    spans=[
        ("STALK_CONTACT", "EMAILS LECTURER DAILY INC WEEKENDS"),
        ("FIXATION", "RE 'OUR CONNECTION'"),
        ("STALK_LOITER", "WAITS IN CORRIDOR OUTSIDE HER OFFICE FOR HOURS"),
        ("STALK_GIFTS", "LEAVES HANDWRITTEN NOTES UNDER OFFICE DOOR"),
        ("UNWANTED", "UNI HAS BARRED HIM FROM HER MODULE"),
        ("REPETITION", "CONTINUES"),
    ],
)

case(
    48, "no_offence", "",
    voice="statement", case="mixed", noise="typos",
    pattern="ex_partner_one_night_pleading_stopped", relationship="ex_partner", occasions=1,
    text="""\
Online report: Me and my ex Tom broke up on Saturday. That night he sent me loads of messages (about 40) between midnight and 3am begging me to give him another chance and saying he'd change. He rang a few times too. On Sunday morning he sent one saying sorry for last night, he was drunk and he wont message again. He hasnt. I dont want anything doing really I just wanted it on record incase it starts again. I am not scared of him.""",
    spans=[
        ("STALK_CONTACT", "sent me loads of messages (about 40) between midnight and 3am"),
        ("FIXATION", "begging me to give him another chance"),
    ],
)

case(
    49, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev",
    pattern="road_rage_grievance_home_threats", relationship="stranger", occasions=3,
    text="""\
16/08 IP Mr Femi ADEBAYO-JONES reports road rage on the A614 on 12/08: a man in a white Transit tailgated him, then at the lights got out, banged on his window and called him a "f***ing idiot". IP drove off.
16/08 (cont) On 14/08 at approx 2000 the same man knocked at IP's home address (must have followed him or got his address from the reg) and said "you're lucky I didn't drag you out of that car, next time I will". IP believed he would. On 15/08 at 2230 the man was back, kicked the front door and shouted "I know where you live now, you're getting done". IP's wife called 999 (CAD 2218). IP says he is scared to answer the door.
18/08 VRM traced via ANPR to Lee GARBUTT, 44. Arrest planned.""",
    spans=[
        ("STALK_TURN_UP", "knocked at IP's home address"),
        ("THREAT_VIOLENCE", '"you\'re lucky I didn\'t drag you out of that car, next time I will"'),
        ("FEAR_OF_VIOLENCE", "IP believed he would"),
        ("STALK_PROPERTY", "kicked the front door"),
        ("THREAT_VIOLENCE", '"I know where you live now, you\'re getting done"'),
        ("FEAR_OF_VIOLENCE", "he is scared to answer the door"),
    ],
)

case(
    50, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="landlord_entering_flat_racial_note", relationship="landlord", occasions=6,
    text="""\
OIC summary 03/02. Victim: Ms Thi Lan NGUYEN (31), tenant of a studio at 41a Castle Mews since Aug. Suspect: her landlord, Graham FITCH (62), who lives in the house in front. From Oct victim noticed items in her flat moved while she was at work - her underwear drawer left open, a photo of her mother turned face down. She installed a pet camera which on 08/12 and 15/12 recorded FITCH letting himself in with a key, walking round and sitting on her bed for several minutes. No repairs were requested or notified. FITCH also comments on her movements ("late one last night, Lan") and on 20/12 left a note under her door: "You people don't know how to keep a place clean, go back to the paddy fields". Victim has moved out to a friend's sofa in Harrow, left most of her belongings and has been signed off from her job at the nail bar with stress. She says she feels sick every time she thinks about him in her room. No threats. FITCH arrested 02/02, no comment interview.""",
    spans=[
        ("STALK_PROPERTY", "items in her flat moved while she was at work"),
        ("REPETITION", "on 08/12 and 15/12"),
        ("STALK_PROPERTY", "letting himself in with a key"),
        ("FIXATION", "sitting on her bed for several minutes"),
        ("STALK_MONITOR", "comments on her movements"),
        ("RACIAL_HOSTILITY", '"You people don\'t know how to keep a place clean, go back to the paddy fields"'),
        ("SERIOUS_IMPACT", "has moved out to a friend's sofa in Harrow"),
        ("SERIOUS_IMPACT", "signed off from her job at the nail bar with stress"),
        ("DISTRESS", "she feels sick every time she thinks about him in her room"),
    ],
)

case(
    51, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="single_incident_transphobic", relationship="stranger", occasions=1,
    text="""\
Crime summary: IP (trans woman, 24) was in the Feathers pub, Moor Lane, on Fri 21/03 at approx 2300 when a male she does not know repeatedly called her "it" and "a bloke in a dress" and told her to "get out before someone sorts you out". Door staff ejected him. IP upset, left shortly after. First and only incident, male not known to her. Recorded as s.5 public order with transgender hate flag. CCTV requested from pub.""",
    spans=[
        ("THREAT_VIOLENCE", 'told her to "get out before someone sorts you out"'),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    52, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev",
    pattern="third_party_proxies_ex_partner", relationship="ex_partner", occasions=8,
    text="""\
OIC log.
11/09 IP Kerry-Ann BRENNAN reports since she ended it with SUSP Wayne DOHERTY (Aug) his mother Maureen has messaged her 20+ times on FB telling her to "give him another chance, he's in bits", and his sister Stacey came to IP's work (Boots, Market Sq) on 04/09 and 09/09 asking her to "just ring him". IP has told all of them she wants no contact.
13/09 IP reports SUSP's car parked across from her house 2130-2300, he didn't get out. Neighbour photo obtained.
15/09 Spoke to SUSP by phone; he says he "hasn't done anything", his family "can talk to who they like". Informed of the complaint. SUSP says "she'll come round".
18/09 IP reports new FB msg from Maureen: "he says he'll wait as long as it takes".""",
    spans=[
        ("STALK_CONTACT", "messaged her 20+ times on FB"),
        ("FIXATION", '"give him another chance, he\'s in bits"'),
        ("STALK_TURN_UP", "came to IP's work (Boots, Market Sq)"),
        ("REPETITION", "on 04/09 and 09/09"),
        ("UNWANTED", "told all of them she wants no contact"),
        ("STALK_LOITER", "car parked across from her house 2130-2300"),
        ("FIXATION", '"she\'ll come round"'),
        ("FIXATION", '"he says he\'ll wait as long as it takes"'),
    ],
)

case(
    53, "harassment", "C",
    voice="third_party", case="mixed", noise="clean",
    pattern="referee_parent_messages_victim_says_cyberstalking", relationship="acquaintance", occasions=6,
    text="""\
Report via 101 webchat (summary of transcript): reporting person is Ben OKORO (17), a junior football referee in the Kirkby & District league, with his mum on the chat. After he sent off a player on 07/09, the player's father Gary RIMMER has messaged him on Facebook Messenger after every match Ben has refereed since (5 messages, 07/09 to 05/10) calling him "bent", "a disgrace" and "a joke", and posted on the club's page that Ben "should be banned from refereeing". Ben calls it "cyber stalking". He says he is anxious before games. No threats. League welfare officer informed.""",
    spans=[
        ("STALK_CONTACT", "messaged him on Facebook Messenger after every match"),
        ("REPETITION", "(5 messages, 07/09 to 05/10)"),
        ("STALK_PUBLISH", 'posted on the club\'s page that Ben "should be banned from refereeing"'),
        ("DISTRESS", "he is anxious before games"),
    ],
)

case(
    54, "aggravated_harassment", "CR",
    voice="supervisor_review", case="mixed", noise="abbrev",
    pattern="workplace_religious_bacon", relationship="colleague", occasions=3,
    text="""\
Supervisor review 12/04. IP Mohammed ZAHEER, warehouse operative, Brightwell Foods. Three incidents with same SUSP (Kieran WALSH, team leader): 19/03 rashers of bacon left on IP's locker; 27/03 in the canteen SUSP asked loudly if IP was "allowed to eat yet or is Allah still watching"; 08/04 bacon inside IP's work boots. Two colleagues confirm the canteen remark. IP says he is "insulted and humiliated" in front of his team. Crime recorded. Pls get the locker CCTV before it's overwritten and update HR contact.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "rashers of bacon left on IP's locker"),
        ("RELIGIOUS_HOSTILITY", '"allowed to eat yet or is Allah still watching"'),
        ("RELIGIOUS_HOSTILITY", "bacon inside IP's work boots"),
        ("DISTRESS", '"insulted and humiliated"'),
    ],
)

case(
    55, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="abbrev",
    pattern="former_tenant_threats_landlord", relationship="landlord", occasions=2,
    text="""\
1115 CLR Mr Derek HOLLOWAY (landlord) states former tenant Ashley PIKE who he evicted in May is threatening him over the deposit. PIKE rang CLR 0930 today and said "I'm going to cave your head in, you thieving b*****d". CLR says this is the second time, last Thurs PIKE came to his office on Dale St and said he'd "be waiting for him one night". CLR says PIKE has a violent history and he genuinely believes he'll be attacked, both times he was frightened. CLR wants it on record. Deposit is in dispute with TDS.
1118 G2. PNC PIKE - prev ABH 2021.
1320 Officer spoke with CLR, statement arranged for tmrw.""",
    spans=[
        ("THREAT_VIOLENCE", '"I\'m going to cave your head in, you thieving b*****d"'),
        ("REPETITION", "this is the second time"),
        ("STALK_TURN_UP", "came to his office on Dale St"),
        ("THREAT_VIOLENCE", 'he\'d "be waiting for him one night"'),
        ("FEAR_OF_VIOLENCE", "he genuinely believes he'll be attacked"),
        ("FEAR_OF_VIOLENCE", "both times he was frightened"),
    ],
)

case(
    56, "stalking_fear_alarm_distress", "CSFD",
    voice="call_log", case="mixed", noise="abbrev",
    pattern="gym_rejection_following_threats", relationship="acquaintance", occasions=8,
    text="""\
1748 CLR Sophie ARKWRIGHT-HALL (23) states male from her gym (Fit4Less Eastgate), knows him only as "Rich", is outside the gym now in his car, engine running. He asked her out 3 wks ago, she said no. Since then he has waited outside after every class she attends (Mon/Wed/Fri 1800), followed her car home on 2 occasions, and on Wed told her "you'll regret mugging me off, I'll make sure of it" and grabbed her wrist. CLR very frightened, believes he will hurt her, won't leave the gym.
1750 G1.
1758 Unit on scene, male left prior. VRM obtained.
1812 PC 0447 update: IP has shown me msg received Mon from unknown no "nice leggings today. shame if someone hurt you on the way home". IP says she felt sick and thought he'd attack her that night. Has cancelled her membership. DASH - HIGH. Crime raised.""",
    spans=[
        ("STALK_LOITER", "is outside the gym now in his car"),
        ("UNWANTED", "she said no"),
        ("STALK_LOITER", "waited outside after every class she attends"),
        ("STALK_FOLLOW", "followed her car home on 2 occasions"),
        ("THREAT_VIOLENCE", '"you\'ll regret mugging me off, I\'ll make sure of it"'),
        ("FEAR_OF_VIOLENCE", "believes he will hurt her"),
        ("STALK_CONTACT", "msg received Mon from unknown no"),
        ("STALK_WATCH", "nice leggings today"),
        ("THREAT_VIOLENCE", "shame if someone hurt you on the way home"),
        ("FEAR_OF_VIOLENCE", "thought he'd attack her that night"),
        ("SERIOUS_IMPACT", "Has cancelled her membership"),
    ],
)

case(
    57, "no_offence", "",
    voice="call_log", case="mixed", noise="clean",
    pattern="lawful_purpose_insurance_surveillance", relationship="business", occasions=3,
    text="""\
Caller Mr Paul RENSHAW states a man in a grey Skoda has been parked near his house on three days this week and he saw him filming with a camera while caller was putting the bins out and at the school gates. Caller concerned he is being stalked. Enquiries: VRM registered to Vantage Investigations Ltd. Spoke to the company - confirmed instructed by Northfield Insurance re caller's ongoing personal injury claim; investigator on public roads only, no approach, no contact. Caller advised; matter for his solicitor. No offence.""",
    spans=[],
)

case(
    58, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="letters_to_imam_religious_threats", relationship="stranger", occasions=5,
    text="""\
Summary: Imam Yusuf PATEL (52), Masjid-e-Noor, Gorton Rd. Between 06/10 and 30/10 three typed letters were posted to his home (not the mosque) and two voicemails left on his mobile from a withheld number. Letters: "Muslim paedo scum, we know where you sleep"; "your mosque will burn with you in it"; "Britain first, Islam last, you're first on the list". Voicemail 29/10: male voice, "you've been warned, we're coming for you, raghead". Victim states he believed, after each letter, that he would be attacked at home and has had his adult son move back in; he now drives rather than walks to morning prayer. CTP and hate crime unit informed. Forensic exam of letters requested.""",
    spans=[
        ("REPETITION", "Between 06/10 and 30/10"),
        ("STALK_CONTACT", "three typed letters were posted to his home"),
        ("STALK_CONTACT", "two voicemails left on his mobile"),
        ("RELIGIOUS_HOSTILITY", "Muslim paedo scum"),
        ("THREAT_VIOLENCE", "we know where you sleep"),
        ("THREAT_VIOLENCE", "your mosque will burn with you in it"),
        ("RELIGIOUS_HOSTILITY", "Britain first, Islam last"),
        ("THREAT_VIOLENCE", "you're first on the list"),
        ("THREAT_VIOLENCE", "we're coming for you"),
        ("RELIGIOUS_HOSTILITY", "raghead"),
        ("FEAR_OF_VIOLENCE", "he believed, after each letter, that he would be attacked at home"),
        ("SERIOUS_IMPACT", "has had his adult son move back in"),
        ("SERIOUS_IMPACT", "he now drives rather than walks to morning prayer"),
    ],
)

case(
    59, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev",
    pattern="gifts_loitering_short_mo", relationship="acquaintance", occasions=6,
    text="""\
MO - LEAVES FLOWERS ON V'S CAR WEEKLY, WAITS OUTSIDE HER GYM AT 0630. HAS BEEN TOLD NO X3.""",
    spans=[
        ("STALK_GIFTS", "LEAVES FLOWERS ON V'S CAR WEEKLY"),
        ("STALK_LOITER", "WAITS OUTSIDE HER GYM AT 0630"),
        ("UNWANTED", "HAS BEEN TOLD NO X3"),
    ],
)

case(
    60, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="ex_partner_issue_based_child_arrangements", relationship="ex_partner", occasions=64,
    text="""\
Crime summary. IP Gemma SHAW, SUSP ex-husband Anthony SHAW (div 2022). Two children live with IP; contact every other weekend under a Family Court order. Since 01/05 SUSP has sent IP 60+ WhatsApp messages about handovers and child maintenance, many abusive ("useless cow", "money-grabbing b****"), often late at night, and has rung her 4 times at work to argue about the summer holiday dates, after she asked him to use the co-parenting app only. IP says she is "worn down" and anxious before every handover. OIC note: every message is about the arrangements or money; no following, loitering or monitoring, no interest in her private life; he keeps to the handover point. No threats.""",
    spans=[
        ("STALK_CONTACT", "sent IP 60+ WhatsApp messages"),
        ("REPETITION", "often late at night"),
        ("STALK_CONTACT", "rung her 4 times at work"),
        ("UNWANTED", "she asked him to use the co-parenting app only"),
        ("DISTRESS", '"worn down" and anxious before every handover'),
    ],
)


# --------------------------------------------------------------------------------------------
# Batch 4
# --------------------------------------------------------------------------------------------

case(
    61, "aggravated_stalking", "CSR",
    voice="call_log", case="lower", noise="heavy",
    pattern="customer_fixation_takeaway_worker_racial_notes", relationship="customer", occasions=14,
    text="""\
caller Mei Ling CHAU 34 works at the Golden Wok on Carr Lane. says a male customer (white male 50s, gives name as Steve) has been coming in most nights for 2 wks ordering nothing, just standing at the counter staring at her till she finishes at 11. last thurs and sat he walked behind her to the car park and sat in his car watching till she drove off. he has left 3 notes on her windscreen - 1st said 'beautiful china doll' 2nd 'u people eat dogs but ill forgive u' 3rd 'go home ching chong or be mine'. caller hasnt spoke to him except to say 'please leave me alone' on sat. not scared of violence she says, 'hes weird', but boss now walks her to car. caller asks for advice about a order""",
    spans=[
        ("STALK_TURN_UP", "coming in most nights for 2 wks ordering nothing"),
        ("STALK_WATCH", "standing at the counter staring at her till she finishes at 11"),
        ("STALK_FOLLOW", "walked behind her to the car park"),
        ("STALK_WATCH", "sat in his car watching till she drove off"),
        ("STALK_GIFTS", "left 3 notes on her windscreen"),
        ("FIXATION", "'beautiful china doll'"),
        ("RACIAL_HOSTILITY", "'u people eat dogs but ill forgive u'"),
        ("RACIAL_HOSTILITY", "'go home ching chong"),
        ("FIXATION", "or be mine'"),
        ("UNWANTED", "'please leave me alone'"),
    ],
)

case(
    62, "no_offence", "",
    voice="result_note", case="mixed", noise="clean",
    pattern="ex_partner_two_polite_contacts_months_apart", relationship="ex_partner", occasions=2,
    text="""\
Enquiry result. IP asked for a log after receiving a "happy birthday, hope you're well" text from her ex-partner Colin in March and a "merry Xmas, thinking of you" card in December. Nothing in between; no other contact, no approach. Relationship ended 2 yrs ago, amicably by her account. IP not distressed, "I'd just rather he didn't". Advised she can tell him so; if she does and it continues, to report. No offence disclosed.""",
    spans=[
        ("STALK_CONTACT", 'a "happy birthday, hope you\'re well" text'),
        ("STALK_GIFTS", 'a "merry Xmas, thinking of you" card'),
    ],
)

case(
    63, "stalking_fear_alarm_distress", "CSD",
    voice="dash_note", case="mixed", noise="abbrev",
    pattern="ex_partner_stalkerware_no_threats", relationship="ex_partner", occasions=10,
    text="""\
DASH 09/05 (S-DASH completed). IP Aleksandra NOWAK-HIRST, 38. SUSP ex-partner Robert HIRST, 41, separated Feb after 9 yrs, he moved out to his brother's. 10 YES - MEDIUM.
IP comments: since Feb he always knows things he shouldn't - the name of the man she had coffee with, that she'd been to a solicitor, what she'd bought on Amazon. He texts about these things "just so you know I know". She thinks he's in her phone. Q threats? No - "he's never been violent and I don't think he'd hurt me, that's not him". Q frightened? "not of him hitting me, I'm frightened of him knowing everything".
11/05 Digital forensics (DF/221): IP's phone examined - stalkerware app "SysUpdate" found, installed 14/01 (before sep), forwards messages, location and browser history. Her Amazon and Google accounts also logged in from an Android device not hers. Exhibits DF/221/1-3.
14/05 TT IP: she has a new phone and number, closed her Facebook and Instagram, changed banks. She has taken the children out of their after-school club because he would know when they're collected. She has not been to work for 2 wks, GP note - anxiety/insomnia. Says "I feel like I live in a glass box".
15/05 Sgt: arrest HIRST, seize devices, consider SPO alongside charge. Pattern since Feb and the effect on her routine are what matter here - don't treat it as a computer misuse job.""",
    spans=[
        ("STALK_MONITOR", "he always knows things he shouldn't"),
        ("STALK_CONTACT", "He texts about these things"),
        ("FIXATION", '"just so you know I know"'),
        ("STALK_MONITOR", 'stalkerware app "SysUpdate" found'),
        ("STALK_MONITOR", "logged in from an Android device not hers"),
        ("SERIOUS_IMPACT", "she has a new phone and number"),
        ("SERIOUS_IMPACT", "closed her Facebook and Instagram, changed banks"),
        ("SERIOUS_IMPACT", "taken the children out of their after-school club"),
        ("SERIOUS_IMPACT", "has not been to work for 2 wks, GP note - anxiety/insomnia"),
        ("DISTRESS", '"I feel like I live in a glass box"'),
    ],
)

case(
    64, "harassment_fear_of_violence", "CFD",
    voice="third_party", case="mixed", noise="abbrev",
    pattern="adult_son_money_threats_elderly_mother", relationship="family", occasions=3,
    text="""\
1002 Call from Mrs Janet FOLEY's daughter Claire (not at address) re her mum (78) at 12 Sandpiper Way. Claire says her brother Darren FOLEY (45, lives in Hull Rd flats) has been to mum's 3 times in the last 10 days demanding money for "debts". On Sat he told mum he'd "break every bone in her body" if she didn't get it from the bank, and on Weds he punched the kitchen door and said "next time it's you". Mum is terrified of him, won't answer the door, and told Claire she thinks he'll kill her. Claire says mum won't call police herself as "he's still my son". Darren does not live there.
1006 Adult social care flag on address. G2 welfare check.
1140 PC 9012 attended, Mrs FOLEY confirmed the above, very frightened, said he'd be back "when his money runs out". Crime raised. DASH - HIGH (familial).""",
    spans=[
        ("STALK_TURN_UP", "has been to mum's 3 times in the last 10 days"),
        ("THREAT_VIOLENCE", 'he\'d "break every bone in her body"'),
        ("STALK_PROPERTY", "punched the kitchen door"),
        ("THREAT_VIOLENCE", '"next time it\'s you"'),
        ("FEAR_OF_VIOLENCE", "Mum is terrified of him"),
        ("SERIOUS_IMPACT", "won't answer the door"),
        ("FEAR_OF_VIOLENCE", "she thinks he'll kill her"),
        ("FEAR_OF_VIOLENCE", "very frightened"),
    ],
)

case(
    65, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="neighbour_national_origin_irish", relationship="neighbour", occasions=8,
    text="""\
IP Siobhan McGRATH (Irish national) and SUSP Terry BLAND are neighbours in a terrace on Dunmore St. Since January SUSP has called IP a "thick Paddy" and an "Irish pig" across the yard on at least 6 dates (IP diary), told her kids "your mam should go back to her bog", and stuck a note saying "NO IRISH" on her wheelie bin. No threats. IP upset and embarrassed in front of the other neighbours.""",
    spans=[
        ("RACIAL_HOSTILITY", 'called IP a "thick Paddy" and an "Irish pig"'),
        ("REPETITION", "on at least 6 dates"),
        ("RACIAL_HOSTILITY", '"your mam should go back to her bog"'),
        ("RACIAL_HOSTILITY", '"NO IRISH"'),
        ("DISTRESS", "IP upset and embarrassed"),
    ],
)

case(
    66, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="stalking_plus_one_assault", relationship="ex_partner", occasions=8,
    text="""\
Classification: ABH (principal) - harassment included? see review.
IP Tasha OKAFOR (27), SUSP ex-partner Liam GRAINGER (30), together 3 yrs, separated 02/06. Since then SUSP has:
- sent approx 15-20 msgs a day on WhatsApp, then Snapchat after she blocked him, saying he can't live without her and asking who she's seeing;
- turned up at her mum's on 11/06 and 18/06 asking to "talk";
- been seen by IP's friend sitting outside IP's work (Specsavers, High St) on 3 lunchtimes;
- on 25/06 at approx 2300 came to IP's flat, pushed his way in when she opened the door, grabbed her by the throat against the wall and said "you're mine". He left when her flatmate came out. Red marks to neck (photographed).
IP says she was scared that night but isn't now, he's "all mouth, that was a one-off, he was drunk". She supports prosecution. No previous DA logged.""",
    spans=[
        ("STALK_CONTACT", "sent approx 15-20 msgs a day on WhatsApp"),
        ("UNWANTED", "after she blocked him"),
        ("FIXATION", "saying he can't live without her"),
        ("FIXATION", "asking who she's seeing"),
        ("STALK_TURN_UP", "turned up at her mum's on 11/06 and 18/06"),
        ("STALK_LOITER", "sitting outside IP's work (Specsavers, High St)"),
        ("REPETITION", "on 3 lunchtimes"),
        ("STALK_TURN_UP", "came to IP's flat"),
        ("FIXATION", '"you\'re mine"'),
        ("FEAR_OF_VIOLENCE", "she was scared that night"),
    ],
)

case(
    67, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev",
    pattern="mutual_neighbour_counter_allegations", relationship="neighbour", occasions=9,
    text="""\
Sgt review - Flats 1 and 2, Orchard Court. 9 logs since March, alternately from Mrs KAUR (Flat 1) and Mr LINDQVIST (Flat 2). Each alleges the other films them, bangs on the ceiling and leaves rubbish by their door. Both have doorbell cameras pointed at the shared path; footage shows both parties shouting at each other on 3 dates. Neither alleges threats or violence. Neither will engage with mediation. A two-way neighbour dispute; no crime for either party on what we have. Refer to housing ASB team, Community Trigger info given to both.""",
    spans=[],
)

case(
    68, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="typos",
    pattern="ex_partner_racial_abuse_threats_following", relationship="ex_partner", occasions=7,
    text="""\
I was with Kyle for nearly two years, we broke up in January because he was controlling. When we were together he never said anything racist to me. After I ended it he changed. He started messaging me saying I was a "dirty half-caste" and that "no white man will ever want you now". I blocked him. Then he started turning up. He was outside my work at the Co-op in Halton on the 4th and the 11th of Febuary, just stood by the cash machine looking at me through the window. On the 11th he followed me to the bus stop and said if he saw me with anyone else he'd "cut that pretty brown face up". I believed him, I know what he's like when he's angry, he put his fist through a door when we were together. On the 20th a message came from a new number, "tick tock". Then on the 1st of March he was at the bus stop again and he just drew his finger across his throat. I ran back into work and my manager rang you. I really think he is going to hurt me. I have moved back to my mums in Widnes and I get a taxi to work now which I cant really afford. I havent been out with my friends since.""",
    spans=[
        ("RACIAL_HOSTILITY", '"dirty half-caste"'),
        ("RACIAL_HOSTILITY", '"no white man will ever want you now"'),
        ("UNWANTED", "I blocked him"),
        ("REPETITION", "on the 4th and the 11th of Febuary"),
        ("STALK_LOITER", "just stood by the cash machine"),
        ("STALK_WATCH", "looking at me through the window"),
        ("STALK_FOLLOW", "followed me to the bus stop"),
        ("THREAT_VIOLENCE", 'he\'d "cut that pretty brown face up"'),
        ("FEAR_OF_VIOLENCE", "I believed him"),
        ("STALK_CONTACT", "a message came from a new number"),
        ("THREAT_VIOLENCE", '"tick tock"'),
        ("THREAT_VIOLENCE", "drew his finger across his throat"),
        ("FEAR_OF_VIOLENCE", "I really think he is going to hurt me"),
        ("SERIOUS_IMPACT", "I have moved back to my mums in Widnes"),
        ("SERIOUS_IMPACT", "I get a taxi to work now"),
        ("SERIOUS_IMPACT", "I havent been out with my friends since"),
    ],
)

case(
    69, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="partners_ex_abusive_messages_issue", relationship="acquaintance", occasions=7,
    text="""\
IP (Jade WHITTAKER, 25) has been seeing Ryan COLE for 2 months. His ex, Danielle PRESTON (27), mother of his two children, has sent IP abusive messages via Instagram and text on 6 occasions since 14/02, eg "homewrecking slag", "stay away from my kids or you'll regret it", and posted a story with IP's photo captioned "this is what a tramp looks like". IP has blocked her on Insta. IP "stressed out, can't believe a grown woman would do this". No threats of violence in her view ("regret it" taken as about the kids). PRESTON spoken to, admits msgs, says IP "deserves it".""",
    spans=[
        ("STALK_CONTACT", "sent IP abusive messages via Instagram and text"),
        ("REPETITION", "on 6 occasions since 14/02"),
        ("STALK_PUBLISH", "posted a story with IP's photo"),
        ("UNWANTED", "IP has blocked her on Insta"),
        ("DISTRESS", '"stressed out, can\'t believe a grown woman would do this"'),
    ],
)

case(
    70, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="updates", case="mixed", noise="abbrev",
    pattern="bus_driver_religious_threats_passenger", relationship="customer", occasions=3,
    text="""\
OIC update 22/07. IP Gurpreet SINGH DHALIWAL, bus driver on the 23 route. SUSP identified from on-bus CCTV as Wayne HEPWORTH (39), regular passenger from Netherton stop. 3 incidents now linked:
 - 02/07: SUSP refused to pay, called IP a "towelhead" and said "I'll have that thing off your head and smash your face in".
 - 09/07: SUSP spat at the cab screen, called IP "Bin Laden's cousin", said "get off my route or I'll get you off it".
 - 18/07: SUSP boarded, stood at the cab and said "you're dead, raghead". Passengers intervened.
IP statement: he was afraid on the 9th and the 18th that he would be attacked, and has swapped to day shifts and no longer drives the 23. Interview booked.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", 'called IP a "towelhead"'),
        ("THREAT_VIOLENCE", '"I\'ll have that thing off your head and smash your face in"'),
        ("RELIGIOUS_HOSTILITY", '"Bin Laden\'s cousin"'),
        ("THREAT_VIOLENCE", '"get off my route or I\'ll get you off it"'),
        ("THREAT_VIOLENCE", "you're dead"),
        ("RELIGIOUS_HOSTILITY", "raghead"),
        ("FEAR_OF_VIOLENCE", "he was afraid on the 9th and the 18th that he would be attacked"),
        ("SERIOUS_IMPACT", "has swapped to day shifts and no longer drives the 23"),
    ],
)

case(
    71, "stalking_fear_alarm_distress", "CSFD",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="commuter_stranger_following_threats", relationship="stranger", occasions=20,
    text="""\
Victim (F, 29) commutes Brampton Parkway to Leeds daily on the 0712. From approx mid-Sept a male (now identified as Oliver DANCE, 35) started getting on at Brampton and sitting opposite her, every day for 3 wks. He then began getting off at her stop in Leeds and walking behind her to her office on Park Row. On 08/10 she told him to stop following her; he said "you don't get to tell me what to do, I'll be seeing you". On 10/10 a note was left on her desk at work (he is not employed there; building security reviewing access): "I'll find you alone eventually". On 13/10 he sat next to her on the train and whispered "soon". Victim states she was terrified on each of these occasions, believes he intends to rape or kill her, and has started driving to work (1 hr+ in traffic). She has fitted a camera at home. DASH (non-DA) high.""",
    spans=[
        ("STALK_FOLLOW", "started getting on at Brampton and sitting opposite her"),
        ("REPETITION", "every day for 3 wks"),
        ("STALK_FOLLOW", "walking behind her to her office on Park Row"),
        ("UNWANTED", "she told him to stop following her"),
        ("THREAT_VIOLENCE", '"you don\'t get to tell me what to do, I\'ll be seeing you"'),
        ("STALK_GIFTS", "a note was left on her desk at work"),
        ("THREAT_VIOLENCE", '"I\'ll find you alone eventually"'),
        ("THREAT_VIOLENCE", 'whispered "soon"'),
        ("FEAR_OF_VIOLENCE", "she was terrified on each of these occasions"),
        ("FEAR_OF_VIOLENCE", "believes he intends to rape or kill her"),
        ("SERIOUS_IMPACT", "has started driving to work"),
        ("SERIOUS_IMPACT", "She has fitted a camera at home"),
    ],
)

case(
    72, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev",
    pattern="hypothetical_conduct_only", relationship="ex_partner", occasions=0,
    text="""\
IP (Hayley DEAN) moved to a refuge-arranged flat in Feb after leaving ex-partner (DA history, see linked crime 19/22031/24, now NFA). IP called today because a friend told her the ex has been "asking around" about where she lives. IP has had no contact from him, has not seen him and nothing has happened at the flat. She is worried that if he finds the address he will turn up. Safety advice given, marker placed on new address, IDVA informed. No offence at this time.""",
    spans=[
        ("FIXATION", 'the ex has been "asking around" about where she lives'),
    ],
)

case(
    73, "stalking", "CS",
    voice="call_log", case="mixed", noise="typos",
    pattern="ex_partner_orders_vexatious_reports", relationship="ex_partner", occasions=6,
    text="""\
1930 CLR Ms Bethany ROWE states 3rd night running a takeaway she didnt order has turned up at her door, tonight 2 x pizzas from Domino's, cash on delivery in her name, last night an Uber she didnt book sat outside with engine running. Last wk social services rang her about an anonymous report that she leaves her kids alone - they closed it same day. CLR believes it is her ex Jamie SOUTER (sep Nov), he has sent her msgs saying "you'll never get rid of me" and "I'll always know where you are". CLR exhausted, "it never stops".
1934 G3. PNC SOUTER - nil. Previous log CAD 0556 08/01 CLR reported SUSP sitting in car outside house.
1936 Advised CLR re keeping records. OIC to contact.""",
    spans=[
        ("REPETITION", "3rd night running"),
        ("STALK_ORDERS", "a takeaway she didnt order has turned up at her door"),
        ("STALK_ORDERS", "an Uber she didnt book"),
        ("STALK_ORDERS", "an anonymous report that she leaves her kids alone"),
        ("FIXATION", '"you\'ll never get rid of me"'),
        ("FIXATION", '"I\'ll always know where you are"'),
        ("DISTRESS", 'CLR exhausted, "it never stops"'),
        ("STALK_LOITER", "SUSP sitting in car outside house"),
    ],
)

case(
    74, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="religious_hostility_lack_of_belief_former_member", relationship="acquaintance", occasions=14,
    text="""\
Victim: Ruth ABERNETHY (34). Suspect: Samuel GREENHALGH (58), an elder of the Bethel Fellowship, Ashworth Rd, of which the victim was a member for 15 years until she left in August, saying she no longer believes. Since September SUSP has written to her at home 7 times (letters exhibited RA/1-7), calling her "an apostate whore" and "godless filth" and telling her "unbelievers like you are the devil's cattle". He has stood outside her house on Sunday mornings (4 Sundays, neighbour witness) holding a Bible and reading aloud, and has come to her work at the garden centre twice asking staff whether she "has repented yet". He has told other members she is "possessed" and given her new address to the congregation. No threats of violence; victim says she isn't afraid he would hurt her but she feels hunted. Her family, who remain members, no longer speak to her.""",
    spans=[
        ("STALK_CONTACT", "written to her at home 7 times"),
        ("RELIGIOUS_HOSTILITY", '"an apostate whore"'),
        ("RELIGIOUS_HOSTILITY", '"godless filth"'),
        ("RELIGIOUS_HOSTILITY", '"unbelievers like you are the devil\'s cattle"'),
        ("STALK_LOITER", "stood outside her house on Sunday mornings"),
        ("REPETITION", "(4 Sundays, neighbour witness)"),
        ("STALK_TURN_UP", "come to her work at the garden centre twice"),
        ("STALK_PUBLISH", "given her new address to the congregation"),
        ("DISTRESS", "she feels hunted"),
    ],
)

case(
    75, "harassment", "C",
    voice="call_log", case="mixed", noise="abbrev",
    pattern="burst_texts_calls_grievance", relationship="acquaintance", occasions=9,
    text="""\
1604 CLR Mr Ian GOLDTHORPE states ex-friend Dale MURRAY sent him 4 texts between 1512 and 1530 today calling him a "grass" and a "snake" after CLR gave a statement about a theft at work, and rang 3 times (CLR didn't answer). Yesterday similar - 2 texts. CLR says "I'm not scared of him, I just want it to stop". Texts seen. Advice given, crime raised, OIC to contact SUSP.""",
    spans=[
        ("STALK_CONTACT", "sent him 4 texts between 1512 and 1530 today"),
        ("STALK_CONTACT", "rang 3 times"),
        ("REPETITION", "Yesterday similar - 2 texts"),
    ],
)

case(
    76, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="typos",
    pattern="school_gate_parent_threats", relationship="acquaintance", occasions=2,
    text="""\
Me and Kelly PARR used to be friends, our girls are in the same class at St Anne's. After her daughter got excluded for hitting mine Kelly has blamed me. On Monday at pick up she came right up to my face at the gate and said "I'm going to batter you in front of your kid". I was really scared she would, she has a reputation. Then Thursday she was waiting by my car after drop off and said "you're getting it, I've got people". Other mums heard her. I honestly think shes going to attack me. My husband does the school run now and I dont go near the school.""",
    spans=[
        ("THREAT_VIOLENCE", '"I\'m going to batter you in front of your kid"'),
        ("FEAR_OF_VIOLENCE", "I was really scared she would"),
        ("STALK_LOITER", "waiting by my car after drop off"),
        ("THREAT_VIOLENCE", '"you\'re getting it, I\'ve got people"'),
        ("FEAR_OF_VIOLENCE", "I honestly think shes going to attack me"),
        ("SERIOUS_IMPACT", "My husband does the school run now and I dont go near the school"),
    ],
)

case(
    77, "aggravated_harassment", "CDR",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="student_antisemitism_serious_impact_not_stalking", relationship="acquaintance", occasions=5,
    text="""\
Crime summary. IP Noa LEVINSON (20), 2nd year student at Northbrook University, Jewish. SUSP Callum FAIRBAIRN (21), coursemate. Since the start of term SUSP has, on at least 5 occasions: posted in the course WhatsApp group that IP is a "Zionist rat" and that "her people" are "child killers"; in a seminar on 14/11 said to her face "go back to Tel Aviv where you belong" (IP was born in Manchester); left a note in her pigeonhole with a swastika drawn on it. IP is distressed, has stopped attending in-person seminars and is studying from home. University investigation ongoing.""",
    spans=[
        ("REPETITION", "on at least 5 occasions"),
        ("STALK_PUBLISH", "posted in the course WhatsApp group"),
        ("RELIGIOUS_HOSTILITY", '"her people" are "child killers"'),
        ("RACIAL_HOSTILITY", '"go back to Tel Aviv where you belong"'),
        ("RELIGIOUS_HOSTILITY", "left a note in her pigeonhole with a swastika drawn on it"),
        ("DISTRESS", "IP is distressed"),
        ("SERIOUS_IMPACT", "has stopped attending in-person seminars and is studying from home"),
    ],
)

case(
    78, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean",
    pattern="former_friend_fixation_student", relationship="acquaintance", occasions=15,
    text="""\
I understand this statement may be read in court.

Jess and I were best friends in first year. When I started spending more time with my boyfriend she said I was "abandoning" her, and in May I told her I needed space. Since then she has been everywhere I am. She made an account to follow my private Instagram after I removed her, and she comments on where I've been within minutes of me posting. She turned up at my part-time job at Waterstones nine or ten times and sat in the café watching me. She sent my mum a long Facebook message saying I was self-harming, which isn't true. She left a box on my doorstep with every photo of us printed out and a note saying "you'll come back to me, you always do".

I have moved out of my halls into a private flat across the city, which costs more. I have changed my course modules so I am not in the same seminars as her, which means I am now doing a dissertation topic I didn't want. I deleted Instagram. I left Waterstones. I don't go to the SU any more. She has never threatened me and I am not scared she would hurt me, but I feel watched all the time, I have panic attacks in lectures and I've had to go to the university counselling service every week since October.""",
    spans=[
        ("UNWANTED", "I told her I needed space"),
        ("STALK_MONITOR", "made an account to follow my private Instagram after I removed her"),
        ("STALK_MONITOR", "comments on where I've been within minutes of me posting"),
        ("STALK_TURN_UP", "turned up at my part-time job at Waterstones"),
        ("REPETITION", "nine or ten times"),
        ("STALK_WATCH", "sat in the café watching me"),
        ("STALK_PUBLISH", "sent my mum a long Facebook message saying I was self-harming"),
        ("STALK_GIFTS", "left a box on my doorstep with every photo of us printed out"),
        ("FIXATION", '"you\'ll come back to me, you always do"'),
        ("SERIOUS_IMPACT", "I have moved out of my halls"),
        ("SERIOUS_IMPACT", "changed my course modules"),
        ("SERIOUS_IMPACT", "I left Waterstones"),
        ("SERIOUS_IMPACT", "I don't go to the SU any more"),
        ("DISTRESS", "I have panic attacks in lectures"),
        ("SERIOUS_IMPACT", "go to the university counselling service every week"),
    ],
)

case(
    79, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev",
    pattern="one_threat_only_single_call", relationship="acquaintance", occasions=1,
    text="""\
1640 TT from IP Ms Charlotte BYRNE. Earlier today at 1505 she got a call from a woman who said she was "Dean's new girlfriend" and told her to stop texting Dean or "I'll come round and sort you out myself". IP says she hasn't texted Dean in months (only re the dog). Never heard from this woman before. IP not overly concerned, wants it noted. Call log screenshot obtained. If further contact - crime to be considered.""",
    spans=[
        ("STALK_CONTACT", "got a call from a woman"),
        ("THREAT_VIOLENCE", '"I\'ll come round and sort you out myself"'),
    ],
)

case(
    80, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="mixed", noise="abbrev",
    pattern="neighbour_filming_traveller_family_posts", relationship="neighbour", occasions=20,
    text="""\
LOG 0391 12/03
0844 CLR Bridget WARD (Irish Traveller, lives in house at 5 Coldwell Close with 4 kids). Neighbour opposite (Martin HESKETH, 50s) filming her and the kids again from his drive as they leave for school. CLR says he does it every morning and afternoon, has posted clips on the "Coldwell Close Residents" Facebook group calling them "pikeys" and "thieving gyppos" and asking people to "keep an eye on what they nick". Yesterday he followed her in his car to the school gates and sat there till she left. CLR states kids are frightened, she has moved the youngest two to a school 3 miles away so he can't follow, and she no longer goes to the shop on the Close. Has not been threatened.
0850 G3, NHT to action.
14/03 PC 6120: spoke with CLR and viewed FB posts (6 posts 01/02-11/03, screenshots). CLR tearful, says she has been on tablets for her nerves since Feb. HESKETH spoken to - says he is "protecting the street". Crime raised, hate crime flag, FB posts reported.""",
    spans=[
        ("STALK_WATCH", "filming her and the kids again from his drive"),
        ("REPETITION", "every morning and afternoon"),
        ("STALK_PUBLISH", 'posted clips on the "Coldwell Close Residents" Facebook group'),
        ("RACIAL_HOSTILITY", 'calling them "pikeys" and "thieving gyppos"'),
        ("STALK_FOLLOW", "followed her in his car to the school gates"),
        ("STALK_LOITER", "sat there till she left"),
        ("SERIOUS_IMPACT", "moved the youngest two to a school 3 miles away"),
        ("SERIOUS_IMPACT", "she no longer goes to the shop on the Close"),
        ("REPETITION", "(6 posts 01/02-11/03, screenshots)"),
        ("DISTRESS", "CLR tearful"),
        ("SERIOUS_IMPACT", "on tablets for her nerves since Feb"),
    ],
)


# --------------------------------------------------------------------------------------------
# Batch 5
# --------------------------------------------------------------------------------------------

case(
    81, "aggravated_stalking", "CSR",
    voice="call_log", case="lower", noise="typos",
    pattern="client_son_fixation_care_worker_nationality", relationship="acquaintance", occasions=8,
    text="""\
1215 CLR Ms Andreea POPESCU (26, carer, Helping Hands) states client's son Barry NEWTON (48) keeps appearing on her route. she visits his mum at 0800 and 1700 daily. in last 2 wks he has been parked outside 4 other clients' houses when she arrived, none of them linked to him. he knows her rota - she thinks he got it from his mums care folder. he texts her 'my gorgeous little gypsy' and 'you romanians are only good for one thing' and 'why wont u smile at me'. she asked him to stop and reported to her manager, who has moved her off his mums visits from monday. CLR not scared of him hurting her, 'just disgusted'.
1219 res G3. advised screenshot msgs. OIC allocation.""",
    spans=[
        ("REPETITION", "in last 2 wks"),
        ("STALK_LOITER", "parked outside 4 other clients' houses when she arrived"),
        ("STALK_MONITOR", "he knows her rota"),
        ("STALK_CONTACT", "he texts her"),
        ("FIXATION", "'my gorgeous little gypsy'"),
        ("RACIAL_HOSTILITY", "'you romanians are only good for one thing'"),
        ("FIXATION", "'why wont u smile at me'"),
        ("UNWANTED", "she asked him to stop"),
        ("DISTRESS", "'just disgusted'"),
    ],
)

case(
    82, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="ex_partner_antisemitic_posts_loitering", relationship="ex_partner", occasions=9,
    text="""\
IP Daniel ROSENTHAL (33) / SUSP ex-girlfriend Kirsty HOLDEN (30), relationship Jan-Aug. Since the split SUSP has: created at least 4 X/Instagram accounts in names like "danny_the_rat" posting photos of IP with captions about "greedy Jews" and "your nose"; tagged his employer in the posts; sent his sister a parcel of his old belongings with a yellow star drawn on the box; been seen by IP sitting in her car opposite his flat on 3 occasions (19/09, 26/09, 02/10). IP: "it's relentless, but I'm not worried she'll attack me". IP has reported the accounts; 2 removed.""",
    spans=[
        ("STALK_PUBLISH", "created at least 4 X/Instagram accounts"),
        ("RACIAL_HOSTILITY", 'captions about "greedy Jews" and "your nose"'),
        ("STALK_PUBLISH", "tagged his employer in the posts"),
        ("STALK_CONTACT", "sent his sister a parcel of his old belongings"),
        ("RELIGIOUS_HOSTILITY", "a yellow star drawn on the box"),
        ("STALK_LOITER", "sitting in her car opposite his flat"),
        ("REPETITION", "on 3 occasions (19/09, 26/09, 02/10)"),
        ("DISTRESS", '"it\'s relentless'),
    ],
)

case(
    83, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="journalist_fixation_events_racial", relationship="stranger", occasions=20,
    text="""\
Crime report narrative - OIC DC 3318 BARKER

The victim, Abena MENSAH-COLE (38), is a journalist with the Northern Courier who writes a weekly column. Since March she has received emails from an address later linked to Philip RAINE (57) of Kettlewell Drive. The first few criticised her columns. From April they changed: he began to describe what she had been wearing at public events, where she had parked and what she had ordered at a café near the paper's office, and to call her a "jumped-up African" who "should be picking cotton, not writing". He attended three of her public talks (Halifax library 12/04, Otley literary festival 03/05, Bradford 21/06), sitting in the front row and photographing her throughout; organisers at Otley asked him to leave. After her editor asked him to stop contacting the paper he sent 11 further emails to her personal address, which is not published. In June he left a printed copy of one of her columns, with a racial slur written across her photo, under the wiper of her car in the staff car park.

The victim states she is not frightened of violence but is "constantly looking over my shoulder". Her editor has offered that she work from home; she has declined and has not withdrawn from any events. RAINE is of previous good character. Arrest and search of devices planned.""",
    spans=[
        ("STALK_CONTACT", "received emails from an address later linked to Philip RAINE"),
        ("STALK_MONITOR", "describe what she had been wearing at public events, where she had parked"),
        ("RACIAL_HOSTILITY", 'a "jumped-up African" who "should be picking cotton, not writing"'),
        ("STALK_TURN_UP", "attended three of her public talks"),
        ("STALK_WATCH", "photographing her throughout"),
        ("UNWANTED", "her editor asked him to stop contacting the paper"),
        ("STALK_CONTACT", "sent 11 further emails to her personal address"),
        ("STALK_GIFTS", "left a printed copy of one of her columns"),
        ("RACIAL_HOSTILITY", "a racial slur written across her photo"),
        ("DISTRESS", '"constantly looking over my shoulder"'),
    ],
)

case(
    84, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="call_log", case="upper", noise="abbrev",
    pattern="neighbour_cctv_following_racial_threats", relationship="neighbour", occasions=4,
    text="""\
0112 CLR MR WEI ZHANG 7 HARTINGTON AVE. NEIGHBOUR AT NO 9 (GLEN TURNER) STANDING IN HIS FRONT GARDEN SHINING A TORCH INTO CLR'S BEDROOM WINDOW AND SHOUTING "CHINKY VIRUS" AND "I'LL TORCH YOUR HOUSE WITH YOU IN IT". CLR, WIFE AND BABY IN HOUSE. CLR V SCARED, BELIEVES HE WILL SET FIRE TO HOUSE.
0113 G1. PREV: CAD 0877 30/11 SAME NEIGHBOUR THREATENED TO "CUT CLR'S THROAT" IN DRIVEWAY, CLR SAID THEN HE WAS TERRIFIED. CAD 1120 14/12 - CLR REPORTED TURNER HAS FITTED CCTV POINTING INTO CLR'S GARDEN AND KITCHEN. CAD 0344 02/01 - TURNER FOLLOWED CLR'S WIFE ROUND ALDI FILMING HER ON HIS PHONE.
0129 UNITS ON SCENE. TURNER ARRESTED S4 POA / RACIALLY AGG.
0205 PC 2287: CLR AND WIFE NOT SLEEPING, WIFE HAS STOPPED GOING OUT ALONE. DASH N/A (NON DA). CRIME FOR WHOLE SERIES TO BE RAISED, NOT JUST TONIGHT.""",
    spans=[
        ("STALK_WATCH", "SHINING A TORCH INTO CLR'S BEDROOM WINDOW"),
        ("RACIAL_HOSTILITY", '"CHINKY VIRUS"'),
        ("THREAT_VIOLENCE", '"I\'LL TORCH YOUR HOUSE WITH YOU IN IT"'),
        ("FEAR_OF_VIOLENCE", "CLR V SCARED, BELIEVES HE WILL SET FIRE TO HOUSE"),
        ("THREAT_VIOLENCE", 'THREATENED TO "CUT CLR\'S THROAT"'),
        ("FEAR_OF_VIOLENCE", "CLR SAID THEN HE WAS TERRIFIED"),
        ("STALK_WATCH", "FITTED CCTV POINTING INTO CLR'S GARDEN AND KITCHEN"),
        ("STALK_FOLLOW", "FOLLOWED CLR'S WIFE ROUND ALDI"),
        ("STALK_WATCH", "FILMING HER ON HIS PHONE"),
        ("DISTRESS", "CLR AND WIFE NOT SLEEPING"),
        ("SERIOUS_IMPACT", "WIFE HAS STOPPED GOING OUT ALONE"),
    ],
)

case(
    85, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="mixed", noise="abbrev",
    pattern="ex_partner_sectarian_abuse_moved", relationship="ex_partner", occasions=30,
    text="""\
01/09 Crime 11/30452/25 - IP Catriona DOHERTY (31), SUSP ex-partner Stuart McCLEAN (35), sep June. SUSP from a loyalist background in Glasgow; IP Catholic, from Derry. Since sep: msgs daily (approx 400 in Aug - IP counted) calling her "Fenian scum", "Taig b****", saying the Pope can't save her; drove past her flat "every night" (neighbour); turned up at St Mary's after 10am mass on 3 Sundays and stood by the gate.
03/09 IP states she has stopped going to mass at St Mary's, moved to her cousin's in Wigan, and has been signed off work (teaching assistant) since 26/08. "I can't function." No threats: "he's never said he'd hurt me and I don't think he would".
05/09 DS: msgs downloaded (exhibit SM/1, 38 pages). SPO to be considered.""",
    spans=[
        ("STALK_CONTACT", "msgs daily"),
        ("REPETITION", "(approx 400 in Aug - IP counted)"),
        ("RELIGIOUS_HOSTILITY", 'calling her "Fenian scum", "Taig b****"'),
        ("RELIGIOUS_HOSTILITY", "saying the Pope can't save her"),
        ("STALK_LOITER", 'drove past her flat "every night"'),
        ("STALK_TURN_UP", "turned up at St Mary's after 10am mass"),
        ("REPETITION", "on 3 Sundays"),
        ("STALK_LOITER", "stood by the gate"),
        ("SERIOUS_IMPACT", "stopped going to mass at St Mary's"),
        ("SERIOUS_IMPACT", "moved to her cousin's in Wigan"),
        ("SERIOUS_IMPACT", "signed off work (teaching assistant) since 26/08"),
        ("DISTRESS", "I can't function."),
    ],
)

case(
    86, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="clean",
    pattern="colleague_fixation_racial_threats_hospital", relationship="colleague", occasions=6,
    text="""\
I am a staff nurse on Ward 14 at Castlegate General. Gary WILDE is a porter. From about October he started coming onto the ward when he had no job there, standing at the nurses' station and watching me. He would say things like "you're the only African I'd go near". I told him I was married and to leave me alone. After that it changed. On 3rd November he was waiting in the multi-storey by my car at the end of my night shift and said "you think you're too good for me, you black b***h, I'll show you". I was terrified he was going to attack me there and I got in the car and locked the doors. He followed me out of the car park in his van for about a mile. On 17th November he sent me a message on Facebook saying "monkeys like you need putting down". I believe he will hurt me. I now only work days and my husband picks me up. Occupational health have referred me for counselling.""",
    spans=[
        ("STALK_TURN_UP", "coming onto the ward when he had no job there"),
        ("STALK_WATCH", "standing at the nurses' station and watching me"),
        ("FIXATION", '"you\'re the only African I\'d go near"'),
        ("UNWANTED", "I told him I was married and to leave me alone"),
        ("STALK_LOITER", "waiting in the multi-storey by my car"),
        ("RACIAL_HOSTILITY", "you black b***h"),
        ("THREAT_VIOLENCE", "I'll show you"),
        ("FEAR_OF_VIOLENCE", "I was terrified he was going to attack me there"),
        ("STALK_FOLLOW", "followed me out of the car park in his van"),
        ("RACIAL_HOSTILITY", '"monkeys like you need putting down"'),
        ("FEAR_OF_VIOLENCE", "I believe he will hurt me"),
        ("SERIOUS_IMPACT", "I now only work days and my husband picks me up"),
        ("SERIOUS_IMPACT", "referred me for counselling"),
    ],
)

case(
    87, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="clean",
    pattern="online_game_voice_chat_racial", relationship="online", occasions=10,
    text="""\
Report from mum. Son Tyrese (15) plays Fortnite most evenings. Since half term a player with the tag "xXGhostRiderXx" has joined his lobbies repeatedly (Tyrese says "nearly every night") and used voice chat to call him "n*****" and "monkey" and tell him to "go back to Africa". Tyrese has recorded 3 of these on his phone. He has blocked and reported the account but it keeps finding him via friends' parties. Tyrese upset, says he "hates" going online now. Player not identified; request to Epic Games to be made.""",
    spans=[
        ("STALK_CONTACT", "joined his lobbies repeatedly"),
        ("REPETITION", '"nearly every night"'),
        ("RACIAL_HOSTILITY", 'call him "n*****" and "monkey"'),
        ("RACIAL_HOSTILITY", 'tell him to "go back to Africa"'),
        ("UNWANTED", "He has blocked and reported the account"),
        ("STALK_CONTACT", "it keeps finding him via friends' parties"),
        ("DISTRESS", "Tyrese upset"),
    ],
)

case(
    88, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev",
    pattern="letters_nationality_short_mo", relationship="stranger", occasions=3,
    text="""\
MO: 3RD LETTER IN 5 WKS POSTED TO POLISH SHOP OWNER'S HOME - 'POLES OUT', 'SEND THEM BACK'. NO THREATS. V UPSET.""",
    spans=[
        ("REPETITION", "3RD LETTER IN 5 WKS"),
        ("STALK_CONTACT", "POSTED TO POLISH SHOP OWNER'S HOME"),
        ("RACIAL_HOSTILITY", "'POLES OUT', 'SEND THEM BACK'"),
        ("DISTRESS", "V UPSET"),
    ],
)

case(
    89, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean",
    pattern="street_religious_abuse_same_man_repeated", relationship="stranger", occasions=12,
    text="""\
Every time I walk past the bookies on Derby Road the same man, he is always outside smoking, says something. He calls me "letterbox" and "ninja" and last week he shouted "take that off, this is England not Saudi". It has been happening since Ramadan, maybe two or three times a week. On Tuesday he walked next to me for a few steps saying "what you hiding under there" and laughing. I am not scared of him but I feel humiliated, and I don't want my daughter hearing it.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", 'calls me "letterbox" and "ninja"'),
        ("RELIGIOUS_HOSTILITY", '"take that off, this is England not Saudi"'),
        ("REPETITION", "since Ramadan"),
        ("REPETITION", "two or three times a week"),
        ("DISTRESS", "I feel humiliated"),
    ],
)

case(
    90, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="abbrev",
    pattern="neighbour_antisemitic_threats", relationship="neighbour", occasions=2,
    text="""\
2340 CLR Mrs Miriam KATZ, 22 Cedar Grove. Neighbour (Anthony BRIGGS, no.24) in back garden shouting over fence "I'll gas the lot of you" and "Jew b*****ds". CLR says 2nd time this week, Mon he threw a brick at the fence and said "you're next". CLR and husband terrified, believe he'll come in. Mezuzah on front door was ripped off Sunday (not seen who).
2341 G1. PNC BRIGGS - warning markers violence.
2352 Units O/S. BRIGGS in house, refusing to come to door.
0030 BRIGGS arrested. CLR says she's been "scared for my life since Monday".""",
    spans=[
        ("THREAT_VIOLENCE", '"I\'ll gas the lot of you"'),
        ("RELIGIOUS_HOSTILITY", '"Jew b*****ds"'),
        ("REPETITION", "2nd time this week"),
        ("THREAT_VIOLENCE", 'threw a brick at the fence and said "you\'re next"'),
        ("FEAR_OF_VIOLENCE", "CLR and husband terrified, believe he'll come in"),
        ("FEAR_OF_VIOLENCE", '"scared for my life since Monday"'),
    ],
)

case(
    91, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="updates", case="mixed", noise="abbrev",
    pattern="youth_coach_parent_racial_threats", relationship="acquaintance", occasions=7,
    text="""\
20/01 IP Kwame ASANTE, U12 coach at Redbridge Rovers. After the 11/01 match parent Neil SHAW (son dropped from team) confronted IP in the car park: "you jumped-up monkey, I'll break your legs". IP believed him - SHAW is 6ft 4 and was "right in my face".
20/01 (cont) Since then 5 texts from SHAW incl "I know where you train, see you Tuesday" and "coon". On 18/01 SHAW was at the training ground gate at 1830 when IP arrived, stared at him and said "tick tock". IP frightened, thought he was about to be attacked, called a colleague to walk him in.
22/01 Club has banned SHAW. IP has asked a colleague to lead the Tuesday sessions for now.""",
    spans=[
        ("RACIAL_HOSTILITY", '"you jumped-up monkey'),
        ("THREAT_VIOLENCE", 'I\'ll break your legs"'),
        ("FEAR_OF_VIOLENCE", "IP believed him"),
        ("STALK_CONTACT", "5 texts from SHAW"),
        ("THREAT_VIOLENCE", '"I know where you train, see you Tuesday"'),
        ("RACIAL_HOSTILITY", '"coon"'),
        ("STALK_TURN_UP", "was at the training ground gate at 1830"),
        ("THREAT_VIOLENCE", '"tick tock"'),
        ("FEAR_OF_VIOLENCE", "thought he was about to be attacked"),
        ("SERIOUS_IMPACT", "asked a colleague to lead the Tuesday sessions"),
    ],
)

case(
    92, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="barber_shop_threats_presumed_religion", relationship="customer", occasions=2,
    text="""\
IP Azad RASHID (Kurdish, owns Azad's Barbers, Main St). SUSP Jordan KEELING (24) entered the shop 04/03 and 11/03 and on both occasions told IP "you're getting shanked, you terrorist" and that "your lot are taking over". IP in fear both times that he would be stabbed (SUSP had hand in waistband on 11/03). CCTV seized. SUSP arrested 12/03.""",
    spans=[
        ("REPETITION", "on both occasions"),
        ("THREAT_VIOLENCE", "you're getting shanked"),
        ("RELIGIOUS_HOSTILITY", "you terrorist"),
        ("RACIAL_HOSTILITY", '"your lot are taking over"'),
        ("FEAR_OF_VIOLENCE", "IP in fear both times that he would be stabbed"),
    ],
)

case(
    93, "no_offence", "R",
    voice="supervisor_review", case="mixed", noise="abbrev",
    pattern="unconnected_incidents_different_suspects", relationship="stranger", occasions=2,
    text="""\
Sgt review. Two logs for IP Mr Omari BELL in 3 weeks: 02/05 - unknown youth on a bike shouted a racial slur at him outside Lidl and rode off; 21/05 - driver in a road-rage incident on Whitmore Rd called him a "black idiot". Different people, nothing to connect the two, no further contact from either. Each recorded as a separate racially aggravated s.5 public order offence with hate flag. IP understandably upset. Not linked - do not merge.""",
    spans=[
        ("RACIAL_HOSTILITY", "shouted a racial slur at him outside Lidl"),
        ("RACIAL_HOSTILITY", 'called him a "black idiot"'),
        ("DISTRESS", "IP understandably upset"),
    ],
)

case(
    94, "no_offence", "",
    voice="result_note", case="mixed", noise="clean",
    pattern="lawful_purpose_solicitors_letters", relationship="ex_partner", occasions=5,
    text="""\
IP reports that her ex-husband has "harassed" her with 5 letters in 6 weeks. All letters seen - they are from his solicitors, Hale & Burrows, about the sale of the former matrimonial home and contact with the children, polite in tone. No direct contact from the ex. IP says she finds them stressful. Explained these are part of legal proceedings; advised to speak to her own solicitor. No offence.""",
    spans=[
        ("DISTRESS", "she finds them stressful"),
    ],
)

case(
    95, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="race_perceived_not_shown_neighbour_noise", relationship="neighbour", occasions=31,
    text="""\
Crime summary: IP Mrs Hodan WARSAME and family (Somali heritage) live at 3 Beech Court; SUSP Mrs Lorraine PEGG lives in the flat below. Since Sept SUSP has banged on the ceiling with a broom whenever the children are home (IP log: 31 entries), left notes on IP's door saying "keep your brats quiet" and "some of us work", and twice unplugged IP's washing machine in the shared utility room. IP believes this is because they are Somali; asked directly, she says SUSP has never said anything about their race or religion and treats the Polish family upstairs "the same". IP stressed, children anxious. Housing informed.""",
    spans=[
        ("REPETITION", "(IP log: 31 entries)"),
        ("STALK_CONTACT", "left notes on IP's door"),
        ("STALK_PROPERTY", "twice unplugged IP's washing machine"),
        ("DISTRESS", "IP stressed, children anxious"),
    ],
)

case(
    96, "harassment", "C",
    voice="call_log", case="mixed", noise="abbrev",
    pattern="ex_employee_grievance_opening_says_stalking", relationship="colleague", occasions=22,
    text="""\
Opening category: STALKING/HARASSMENT.
1018 CLR Ms Fiona DRAPER, practice manager, Linden Vets. Former employee Marcus HEYES (dismissed 03/02 for gross misconduct) has sent her 17 emails and 4 LinkedIn messages since, calling her "a liar", "pathetic" and "corrupt" and demanding she retract the dismissal, and on 27/02 left a 1-star Google review naming her. CLR has told him via the company solicitor to stop. No threats, no attendance. CLR says it's "wearing her down".
1030 Passed to OIC.""",
    spans=[
        ("STALK_CONTACT", "sent her 17 emails and 4 LinkedIn messages"),
        ("STALK_PUBLISH", "left a 1-star Google review naming her"),
        ("UNWANTED", "told him via the company solicitor to stop"),
        ("DISTRESS", '"wearing her down"'),
    ],
)

case(
    97, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="dog_owner_threats_after_report", relationship="neighbour", occasions=2,
    text="""\
IP Mrs Janice HOLT (61) reported SUSP's dog (an XL bully) for attacking her spaniel on 28/06. Since then SUSP (Reece DAWSON, 29, same estate) has twice stopped her on the footpath by the rec: on 02/07 "grass on my dog again and I'll set him on you", and on 09/07 he let the dog off the lead near her and said "next time he's having you". IP states both times she believed he would set the dog on her. She now drives her dog to the country park 3 miles away rather than walk on the estate. Dog warden informed.""",
    spans=[
        ("THREAT_VIOLENCE", '"grass on my dog again and I\'ll set him on you"'),
        ("THREAT_VIOLENCE", "let the dog off the lead near her"),
        ("THREAT_VIOLENCE", '"next time he\'s having you"'),
        ("FEAR_OF_VIOLENCE", "both times she believed he would set the dog on her"),
        ("SERIOUS_IMPACT", "She now drives her dog to the country park 3 miles away"),
    ],
)

case(
    98, "stalking", "CS",
    voice="judgment", case="mixed", noise="clean",
    pattern="ex_partner_affectionate_messages_gifts", relationship="ex_partner", occasions=12,
    text="""\
The complainant ended her relationship with the defendant in December. Over the following seven weeks he sent her, on her count, some 90 messages and left gifts on her doorstep on five occasions - chocolates, a framed photograph of the two of them, and a ring. The messages were affectionate rather than abusive; several said that he "would never give up" on her. She had told him in terms on 2 January that she did not want any further contact. She said in evidence that she found it unsettling but was not frightened.""",
    spans=[
        ("STALK_CONTACT", "some 90 messages"),
        ("STALK_GIFTS", "left gifts on her doorstep on five occasions"),
        ("FIXATION", '"would never give up" on her'),
        ("UNWANTED", "told him in terms on 2 January that she did not want any further contact"),
        ("DISTRESS", "she found it unsettling"),
    ],
)

case(
    99, "stalking", "CS",
    voice="notebook", case="mixed", noise="clean",
    pattern="neighbour_watching_notes_fixation", relationship="neighbour", occasions=7,
    text="""\
FRIDAY 9TH MAY. 1915 Attended Flat 12 Cromwell House re concern for welfare. Spoke to Miss Abigail FERN (19) who stated the male in Flat 14, known to her as "Tony", has on at least five evenings this month stood on the walkway outside her kitchen window looking in. On 6th May he left a bunch of flowers and a note "for my beautiful neighbour, I see you every night x". On 8th May she found a note "you looked sad today" pinned to her door. She has not spoken to him other than "hello" when she moved in. Miss FERN said "I JUST WANT HIM TO STOP LOOKING AT ME". Spoke to Mr Antony GALE (54) at Flat 14, who said he was "just being friendly". Words of advice given. Miss FERN advised to report further incidents.""",
    spans=[
        ("REPETITION", "on at least five evenings this month"),
        ("STALK_WATCH", "stood on the walkway outside her kitchen window looking in"),
        ("STALK_GIFTS", "left a bunch of flowers and a note"),
        ("FIXATION", '"for my beautiful neighbour, I see you every night x"'),
        ("STALK_GIFTS", 'a note "you looked sad today" pinned to her door'),
        ("UNWANTED", '"I JUST WANT HIM TO STOP LOOKING AT ME"'),
    ],
)

case(
    100, "stalking_fear_alarm_distress", "CSFD",
    voice="updates", case="mixed", noise="abbrev",
    pattern="same_sex_ex_partner_threats_turning_up", relationship="ex_partner", occasions=4,
    text="""\
14/02 IP Lauren SMITH-OBI (32), SUSP ex-partner Kerry BRAITHWAITE (34), same-sex relationship, sep 01/01 when SUSP moved out. SUSP has turned up at IP's flat 4 times since (03/01, 17/01, 29/01, 13/02), banging and shouting through the letterbox "you'll pay for this". 29/01 she said "I'll cut you so no one else wants you". IP states she was terrified and called 999 (CAD 1774). 13/02 SUSP waited on the landing, grabbed IP's arm and said "this isn't over". IP believes Kerry will seriously hurt her. DASH 15 yes HIGH, MARAC 20/02.
16/02 IP now staying at her brother's. SUSP arrested, bailed with conditions.""",
    spans=[
        ("STALK_TURN_UP", "turned up at IP's flat 4 times since"),
        ("REPETITION", "(03/01, 17/01, 29/01, 13/02)"),
        ("THREAT_VIOLENCE", '"you\'ll pay for this"'),
        ("THREAT_VIOLENCE", '"I\'ll cut you so no one else wants you"'),
        ("FEAR_OF_VIOLENCE", "IP states she was terrified"),
        ("STALK_LOITER", "waited on the landing"),
        ("FIXATION", '"this isn\'t over"'),
        ("FEAR_OF_VIOLENCE", "IP believes Kerry will seriously hurt her"),
        ("SERIOUS_IMPACT", "IP now staying at her brother's"),
    ],
)


# --------------------------------------------------------------------------------------------
# Batch 6
# --------------------------------------------------------------------------------------------

case(
    101, "stalking_fear_alarm_distress", "CSFD",
    voice="updates", case="mixed", noise="abbrev",
    pattern="ex_partner_bundle_log_crime_review_softened", relationship="ex_partner", occasions=18,
    text="""\
INCIDENT LOG 25-0447 (opening category: CONCERN FOR SAFETY)
0203 CLR Ms Georgina PARFITT (44), 17 Millbrook Rise, whispering, states ex-husband Nigel PARFITT (47) is in her back garden, she can see him through the kitchen blind, he is trying the back door handle. He has just texted her "I can see you. Open the door or I'll come through it". CLR hiding upstairs with daughter (12). CLR states "he's going to kill me this time".
0204 G1 IMMEDIATE. Units assigned x2.
0209 CLR states he has gone, heard the side gate.
0211 Units O/S. Area search.
0240 ASNT. PC 1763: CLR very distressed, shaking, shown texts. Says he has been at the house "most nights" since he moved out in Oct, sometimes just sitting in his car on the Rise, sometimes at the door.
0255 Concern for safety - no offences disclosed. Log closed.

CRIME REPORT 41/00912/25 - summary (OIC DC 4102 MAHMOOD), written 27/01
Victim and suspect married 19 yrs, separated 14/10 when the suspect left the home after a DA incident (NFA - victim did not support). Since then the suspect has: sent several hundred texts and WhatsApps, a mixture of pleading and abuse; attended the home address on numerous occasions, usually at night, on at least 12 of which the victim saw or heard him (victim diary); been seen by the victim's colleague parked outside her workplace (Millbrook Primary School) on 3 afternoons; on 09/01 sent a text reading "you'll end up in the ground before I let another man in that house". The victim states she believed from that message that he would kill her. On 25/01 (log above) he tried the back door at 0200 and texted "open the door or I'll come through it". The victim has since had the locks changed, her daughter is staying with her grandmother, and she has taken leave from work.
Suspect arrested 26/01, interviewed, denies being at the address on 25/01 ("I was at my mum's"), admits the texts but says he was "upset". Bailed: not to contact victim or attend Millbrook Rise or the school.

29/01 Sgt 2045 review: Good summary. The 25/01 log was closed at 0255 by the night controller as no offences before the DA team had seen it; reopened by me. Redo DASH (last one Oct: medium, now clearly high). MARAC referral. SPO application with CPS advice file. Victim is terrified - contact her daily.""",
    spans=[
        ("STALK_TURN_UP", "is in her back garden"),
        ("STALK_PROPERTY", "trying the back door handle"),
        ("STALK_WATCH", "I can see you"),
        ("THREAT_VIOLENCE", "Open the door or I'll come through it"),
        ("FEAR_OF_VIOLENCE", '"he\'s going to kill me this time"'),
        ("DISTRESS", "CLR very distressed, shaking"),
        ("REPETITION", '"most nights" since he moved out in Oct'),
        ("STALK_LOITER", "sitting in his car on the Rise"),
        ("STALK_CONTACT", "sent several hundred texts and WhatsApps"),
        ("STALK_TURN_UP", "attended the home address on numerous occasions, usually at night"),
        ("REPETITION", "on at least 12 of which"),
        ("STALK_LOITER", "parked outside her workplace (Millbrook Primary School)"),
        ("REPETITION", "on 3 afternoons"),
        ("THREAT_VIOLENCE", '"you\'ll end up in the ground before I let another man in that house"'),
        ("FEAR_OF_VIOLENCE", "she believed from that message that he would kill her"),
        ("THREAT_VIOLENCE", 'texted "open the door or I\'ll come through it"'),
        ("SERIOUS_IMPACT", "had the locks changed"),
        ("SERIOUS_IMPACT", "her daughter is staying with her grandmother"),
        ("SERIOUS_IMPACT", "she has taken leave from work"),
        ("FEAR_OF_VIOLENCE", "Victim is terrified"),
    ],
)

case(
    102, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev",
    pattern="single_text_ex_partner_short", relationship="ex_partner", occasions=1,
    text="""\
CLR wants advice only - ex sent 1 abusive text last night after he saw her new p/ner's car. Nothing before or since. Advised, log closed.""",
    spans=[
        ("STALK_CONTACT", "ex sent 1 abusive text last night"),
    ],
)

case(
    103, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev",
    pattern="ex_partner_new_numbers_short", relationship="ex_partner", occasions=30,
    text="""\
EX-P TEXTING IP DAILY SINCE SPLIT IN JUNE FROM NEW NUMBERS EACH TIME SHE BLOCKS. SAYS HE'LL "NEVER STOP". NO THREATS.""",
    spans=[
        ("STALK_CONTACT", "TEXTING IP DAILY SINCE SPLIT IN JUNE FROM NEW NUMBERS"),
        ("UNWANTED", "EACH TIME SHE BLOCKS"),
        ("FIXATION", 'SAYS HE\'LL "NEVER STOP"'),
    ],
)

case(
    104, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="redacted",
    pattern="neighbour_anti_hindu_redacted", relationship="neighbour", occasions=5,
    text="""\
[NAME 1] (IP) reports that since [MONTH] her neighbour [NAME 2] has repeatedly left rubbish and, on two occasions, raw beef mince on the doorstep of her home, which has a small mandir shrine visible in the front window. On [DATE] [NAME 2] shouted "cow-worshipping freaks" at IP and her husband as they left for the temple, and on [DATE] told IP's son "go pray to your elephant somewhere else". IP states the family are upset and embarrassed; no threats have been made. [NAME 2] denies everything. Doorbell footage requested.""",
    spans=[
        ("REPETITION", "repeatedly left rubbish"),
        ("REPETITION", "on two occasions"),
        ("RELIGIOUS_HOSTILITY", "raw beef mince on the doorstep of her home"),
        ("RELIGIOUS_HOSTILITY", '"cow-worshipping freaks"'),
        ("RELIGIOUS_HOSTILITY", '"go pray to your elephant somewhere else"'),
        ("DISTRESS", "the family are upset and embarrassed"),
    ],
)

case(
    105, "harassment_fear_of_violence", "CFD",
    voice="call_log", case="lower", noise="heavy",
    pattern="drug_debt_threats_home", relationship="acquaintance", occasions=2,
    text="""\
caller male 19 v anxious says he owes a lad called "deeks" £300 for weed and deeks has been round his house twice this wk, mon and wed, and said if he dont pay by fri hes "getting bodied", wed he showed him a knife in his waistband. caller was scared both times and believes he will stab him, hasnt been to college since monday cos deeks knows where he goes. caller doesnt want to give deeks real name at this time. mum present. advised. G2 for officer to attend""",
    spans=[
        ("STALK_TURN_UP", "has been round his house twice this wk"),
        ("THREAT_VIOLENCE", 'hes "getting bodied"'),
        ("THREAT_VIOLENCE", "showed him a knife in his waistband"),
        ("FEAR_OF_VIOLENCE", "caller was scared both times"),
        ("FEAR_OF_VIOLENCE", "believes he will stab him"),
        ("SERIOUS_IMPACT", "hasnt been to college since monday"),
    ],
)

case(
    106, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="statement", case="mixed", noise="clean",
    pattern="gp_patient_grievance_racial_threats_long", relationship="customer", occasions=4,
    text="""\
STATEMENT OF WITNESS
Statement of: Dr Ananya RAGHAVAN. Age: over 18. Occupation: General Practitioner.

I am a GP partner at Fernhill Medical Practice, 2 Station Approach, Fernhill. I have worked there since 2017. I make this statement about a patient, Mr Kevin LYNAM, who was registered with the practice until 14th March this year.

On 6th March I saw Mr Lynam for a medication review. I declined to increase his prescription for pregabalin. He became angry, stood up and said "you people come over here and think you can tell us what to do". He left the room. I recorded this on his notes.

On 11th March he came back into the surgery without an appointment. Reception staff told me he was in the waiting room demanding to see "the Paki doctor". I did not go out. As he left he shouted across the waiting room that I should "watch my back" and that he knew "what car the curry woman drives". Patients and staff heard this. I was frightened that he would be waiting for me in the car park and I asked our practice manager to walk me to my car. The practice removed him from the list on 14th March.

On 22nd March a letter arrived at the surgery addressed to me. It said "Dr Raghead, you've taken my meds, I'll take your face. Go back to India before someone sends you back in a box". It was not signed but it referred to my refusal of his prescription. I handed it to the police (exhibit AR/1). When I read it I genuinely believed he intended to attack me. I did not sleep that night.

On 2nd April at about 1830 I was leaving the surgery and saw Mr Lynam standing across the road by the bus shelter. He pointed at me and made a slitting gesture across his neck. I went back inside and called 999.

Since these events I no longer work late clinics. My husband drives me to and from the surgery. I have had a dashcam fitted. I have reduced my sessions from eight to six a week because I feel unable to concentrate, and I am seeing my own GP for anxiety. I have worked in the NHS for nineteen years and I have never felt like this. I was born in Leicester.

I am willing to attend court and give evidence.""",
    spans=[
        ("RACIAL_HOSTILITY", '"you people come over here and think you can tell us what to do"'),
        ("STALK_TURN_UP", "came back into the surgery without an appointment"),
        ("RACIAL_HOSTILITY", '"the Paki doctor"'),
        ("THREAT_VIOLENCE", 'I should "watch my back"'),
        ("RACIAL_HOSTILITY", "the curry woman"),
        ("FEAR_OF_VIOLENCE", "I was frightened that he would be waiting for me in the car park"),
        ("STALK_CONTACT", "a letter arrived at the surgery addressed to me"),
        ("RACIAL_HOSTILITY", "Dr Raghead"),
        ("THREAT_VIOLENCE", "I'll take your face"),
        ("RACIAL_HOSTILITY", "Go back to India"),
        ("THREAT_VIOLENCE", "before someone sends you back in a box"),
        ("FEAR_OF_VIOLENCE", "I genuinely believed he intended to attack me"),
        ("STALK_LOITER", "standing across the road by the bus shelter"),
        ("THREAT_VIOLENCE", "made a slitting gesture across his neck"),
        ("SERIOUS_IMPACT", "I no longer work late clinics"),
        ("SERIOUS_IMPACT", "My husband drives me to and from the surgery"),
        ("SERIOUS_IMPACT", "reduced my sessions from eight to six a week"),
        ("SERIOUS_IMPACT", "seeing my own GP for anxiety"),
    ],
)

case(
    107, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev",
    pattern="ex_partner_airtag_turning_up", relationship="ex_partner", occasions=5,
    text="""\
03/10 IP Megan HOLLIS reports ex-partner Adam REECE (sep July, 1 child, contact via court order) keeps turning up where she is - at soft play on 21/09, at her friend's BBQ on 28/09 (not invited), at the Trafford Centre on 01/10. Each time he says it's "coincidence". He also messages comments like "nice day at the beach?" when she hasn't told him where she's been.
05/10 IP found an Apple AirTag sewn into the lining of son's changing bag, which goes between both homes. Photographed, handed in, exhibit MH/1.
06/10 IP says she is "annoyed more than scared", no threats, wants him told to stop. OIC to arrange interview under caution.""",
    spans=[
        ("STALK_TURN_UP", "keeps turning up where she is"),
        ("STALK_MONITOR", 'messages comments like "nice day at the beach?"'),
        ("STALK_MONITOR", "an Apple AirTag sewn into the lining of son's changing bag"),
    ],
)

case(
    108, "aggravated_stalking", "CSR",
    voice="call_log", case="lower", noise="typos",
    pattern="neighbour_watching_notes_hijab", relationship="neighbour", occasions=7,
    text="""\
caller Fatima BEGUM 28 says man from the flats opposite (she thinks called Craig) watches her from his balcony every morning when she leaves for work and has been photographing her, she has seen the phone pointed at her at least 4 times. friday there was a note through her door "take off the tea towel and let me see your hair, i know you want to". monday another note "your god cant see you, i can". callers brother went over to tell him to stop and he laughed. caller not scared of violence, "hes just a creep", but wants police to speak to him""",
    spans=[
        ("STALK_WATCH", "watches her from his balcony every morning"),
        ("STALK_WATCH", "has been photographing her"),
        ("REPETITION", "at least 4 times"),
        ("STALK_GIFTS", "a note through her door"),
        ("RELIGIOUS_HOSTILITY", '"take off the tea towel and let me see your hair'),
        ("FIXATION", 'i know you want to"'),
        ("RELIGIOUS_HOSTILITY", '"your god cant see you, i can"'),
        ("UNWANTED", "went over to tell him to stop"),
    ],
)

case(
    109, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev",
    pattern="controlling_live_relationship_upper", relationship="partner", occasions=0,
    text="""\
1712 CLR MRS JOANNE HEWITT (39) STATES HUSBAND PAUL (ADDRESS SAME) WONT LET HER GO TO HER SISTERS BIRTHDAY TONIGHT, HAS TAKEN HER CAR KEYS AND PHONE CHARGER, SAYS HE TRACKS HER CAR. CLR SAYS IT'S ALWAYS LIKE THIS, HE CHECKS HER MESSAGES AND HER BANK. NO VIOLENCE TONIGHT OR BEFORE. CLR NOT WANTING TO LEAVE, WANTS "SOMEONE TO TALK TO HIM".
1716 G2 DA. DASH TO BE COMPLETED. CONSIDER CCB.""",
    spans=[
        ("STALK_MONITOR", "SAYS HE TRACKS HER CAR"),
        ("STALK_MONITOR", "HE CHECKS HER MESSAGES AND HER BANK"),
    ],
)

case(
    110, "harassment", "CD",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="tenant_grievance_housing_officer", relationship="customer", occasions=53,
    text="""\
Crime summary - victim is Ms Precious NDLOVU, housing officer, Riverside Homes. Suspect is a tenant, Mr Carl BAXENDALE, aggrieved at the time taken to fix damp in his flat. Between 12/01 and 20/02 he rang her direct line 38 times (call logs), sent 14 emails calling her "useless", "lazy" and "a disgrace to the human race", and posted her name and photo (from the company website) on the "Riverside Tenants Voice" Facebook group as "the woman who lets kids live in mould". She has been moved off his patch. She describes feeling "sick every Monday" and has had 3 days off with stress. No threats, no approaches in person. Nothing about her race or background has been said.""",
    spans=[
        ("REPETITION", "Between 12/01 and 20/02"),
        ("STALK_CONTACT", "rang her direct line 38 times"),
        ("STALK_CONTACT", "sent 14 emails"),
        ("STALK_PUBLISH", "posted her name and photo"),
        ("SERIOUS_IMPACT", "She has been moved off his patch"),
        ("DISTRESS", '"sick every Monday"'),
        ("SERIOUS_IMPACT", "has had 3 days off with stress"),
    ],
)

case(
    111, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="lower", noise="typos",
    pattern="ex_partner_omnipresent_gave_up_job", relationship="ex_partner", occasions=10,
    text="""\
i dont know how to explain what its done to me. since i left Ryan in april he has been in my life every single day even tho i never see him. he messages my work instagram, he left a rose on my car at the hospital car park, he drove past my mums 6 times in one night (her ring doorbell has it). he knew i had been to a solicitors before i told anyone. i dont sleep, i have lost nearly 2 stone. i moved my son to a different nursery and i have given up my job on the wards and taken a job on nights in a care home where he dosnt know where i am. i never go out on my own now. he has never threatened me, i want that to be clear, but i feel like im living in a cage""",
    spans=[
        ("STALK_CONTACT", "he messages my work instagram"),
        ("STALK_GIFTS", "he left a rose on my car at the hospital car park"),
        ("STALK_LOITER", "he drove past my mums 6 times in one night"),
        ("STALK_MONITOR", "he knew i had been to a solicitors before i told anyone"),
        ("DISTRESS", "i have lost nearly 2 stone"),
        ("SERIOUS_IMPACT", "i moved my son to a different nursery"),
        ("SERIOUS_IMPACT", "given up my job on the wards"),
        ("SERIOUS_IMPACT", "i never go out on my own now"),
        ("DISTRESS", "i feel like im living in a cage"),
    ],
)

case(
    112, "harassment_fear_of_violence", "CFD",
    voice="judgment", case="mixed", noise="clean",
    pattern="witness_threatened_by_defendants_brother", relationship="acquaintance", occasions=2,
    text="""\
The complainant, Mr Rhys Pugh, gave evidence for the Crown at the trial of the appellant's brother in January. On 3 February the appellant approached him outside a chip shop in Penrith Road and told him he was "a dead man walking". Mr Pugh said he believed the appellant would carry it out; he knew of the appellant's reputation. On 17 February the appellant drove slowly alongside him as he walked home and shouted that he would "finish him" before the appeal was heard. Mr Pugh again said he was in fear that he would be attacked, and from that day he did not walk anywhere alone. The appellant's case was that the words were "banter". The jury rejected that.""",
    spans=[
        ("THREAT_VIOLENCE", 'told him he was "a dead man walking"'),
        ("FEAR_OF_VIOLENCE", "he believed the appellant would carry it out"),
        ("STALK_FOLLOW", "drove slowly alongside him as he walked home"),
        ("THREAT_VIOLENCE", 'he would "finish him"'),
        ("FEAR_OF_VIOLENCE", "he was in fear that he would be attacked"),
        ("SERIOUS_IMPACT", "he did not walk anywhere alone"),
    ],
)

case(
    113, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="traveller_site_threats_footpath", relationship="stranger", occasions=3,
    text="""\
Victims: residents of Pear Tree Lane Traveller site, principally IP Johnny LEE (52). SUSP: Darren OAKES (40), local farmer's son. On 05/06, 19/06 and 02/07 while IP walked his dogs on the public footpath by the site, SUSP drove up on a quad bike and told him "we'll burn you pikeys out", "you'll be ash by Christmas" and, on 02/07, revved the quad at him so he had to jump into the hedge. IP states he was frightened each time and believes SUSP will set fire to his trailer. IP now walks the dogs only inside the site. OAKES spoken to: "just words".""",
    spans=[
        ("REPETITION", "On 05/06, 19/06 and 02/07"),
        ("RACIAL_HOSTILITY", '"we\'ll burn you pikeys out"'),
        ("THREAT_VIOLENCE", '"you\'ll be ash by Christmas"'),
        ("THREAT_VIOLENCE", "revved the quad at him"),
        ("FEAR_OF_VIOLENCE", "he was frightened each time"),
        ("FEAR_OF_VIOLENCE", "believes SUSP will set fire to his trailer"),
        ("SERIOUS_IMPACT", "IP now walks the dogs only inside the site"),
    ],
)

case(
    114, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="call_log", case="upper", noise="abbrev",
    pattern="stranger_following_sikh_student_threats", relationship="stranger", occasions=5,
    text="""\
0815 CLR HARJAP SINGH BAINS (19) STUDENT, STATES MALE WHO HAS BEEN FOLLOWING HIM FROM KINGSWAY BUS STOP TO UNI EVERY DAY THIS WEEK IS OUTSIDE HIS HALLS NOW (ST CUTHBERT'S, BLOCK C). MALE SHOUTED "I'LL CUT THAT RAG OFF YOUR HEAD AND YOUR HAIR WITH IT" THIS MORNING. TUES THE SAME MALE SAID "NEXT TIME I'VE GOT A BLADE" AND CLR WAS TERRIFIED. CLR AGAIN SAYS HE THINKS THE MALE WILL STAB HIM. DESC IC1 MALE 30S, GREY TRACKSUIT. CLR HAS NOT BEEN TO LECTURES SINCE TUES EXCEPT TODAY AND IS SHAKING.
0817 G1. UNI SECURITY INFORMED.
0831 UNIT O/S, MALE DETAINED NEARBY - IDENTIFIED AS SCOTT PRENTICE. WHATSAPP FROM CLR'S FRIEND SHOWS PRENTICE FILMING CLR ON 3 DAYS.""",
    spans=[
        ("STALK_FOLLOW", "FOLLOWING HIM FROM KINGSWAY BUS STOP TO UNI"),
        ("REPETITION", "EVERY DAY THIS WEEK"),
        ("STALK_LOITER", "OUTSIDE HIS HALLS NOW"),
        ("RELIGIOUS_HOSTILITY", '"I\'LL CUT THAT RAG OFF YOUR HEAD AND YOUR HAIR WITH IT"'),
        ("THREAT_VIOLENCE", '"NEXT TIME I\'VE GOT A BLADE"'),
        ("FEAR_OF_VIOLENCE", "CLR WAS TERRIFIED"),
        ("FEAR_OF_VIOLENCE", "HE THINKS THE MALE WILL STAB HIM"),
        ("SERIOUS_IMPACT", "HAS NOT BEEN TO LECTURES SINCE TUES"),
        ("DISTRESS", "IS SHAKING"),
        ("STALK_WATCH", "FILMING CLR ON 3 DAYS"),
    ],
)

case(
    115, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="female_ex_partner_new_girlfriend_contact", relationship="ex_partner", occasions=9,
    text="""\
IP Tom HARGREAVES (29) ended his relationship with SUSP Laura KIRBY (27) in March after 18 months. Since then SUSP has messaged IP's new girlfriend on Instagram 6 times telling her Tom "belongs to me", turned up at IP's work (Halfords, Ring Rd) twice asking colleagues what time he finishes, and posted on Facebook that Tom "will always be mine whatever he thinks". IP told her by text on 16/04 that he wants no contact. IP says he feels "a bit of an idiot reporting it" but it is affecting his new relationship.""",
    spans=[
        ("STALK_CONTACT", "messaged IP's new girlfriend on Instagram 6 times"),
        ("FIXATION", 'Tom "belongs to me"'),
        ("STALK_TURN_UP", "turned up at IP's work (Halfords, Ring Rd) twice"),
        ("FIXATION", "asking colleagues what time he finishes"),
        ("STALK_PUBLISH", 'posted on Facebook that Tom "will always be mine whatever he thinks"'),
        ("UNWANTED", "told her by text on 16/04 that he wants no contact"),
    ],
)

case(
    116, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev",
    pattern="mutual_one_night_text_row", relationship="acquaintance", occasions=1,
    text="""\
Both parties (ex-friends) exchanged insulting messages on Sat night over a borrowed £50 - approx 60 msgs each way. Both now want the other "done for harassment". Words of advice to both. No further action.""",
    spans=[],
)

case(
    117, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="ex_husband_racial_slurs_monitoring_reports", relationship="ex_partner", occasions=20,
    text="""\
Summary. Victim: Siriporn ASHCROFT (41), Thai national, divorced from SUSP Keith ASHCROFT (63) in 2024. Since the divorce SUSP has: phoned her at the nail salon where she works most days, telling staff she is a "mail-order bride" and a "Thai prostitute"; sent letters to her flat listing where she had been that week; waited outside the salon in his car on at least 8 occasions (salon owner's diary); reported her to the Home Office twice, falsely, as an overstayer. Victim states she is "tired" and "ashamed in front of customers", but is not afraid of him physically. SUSP interviewed, says he "only wants to know she is safe".""",
    spans=[
        ("STALK_CONTACT", "phoned her at the nail salon where she works most days"),
        ("RACIAL_HOSTILITY", 'a "mail-order bride" and a "Thai prostitute"'),
        ("STALK_MONITOR", "sent letters to her flat listing where she had been that week"),
        ("STALK_LOITER", "waited outside the salon in his car"),
        ("REPETITION", "on at least 8 occasions"),
        ("STALK_ORDERS", "reported her to the Home Office twice, falsely"),
        ("DISTRESS", '"ashamed in front of customers"'),
        ("FIXATION", '"only wants to know she is safe"'),
    ],
)

case(
    118, "stalking_fear_alarm_distress", "CSFD",
    voice="dash_note", case="mixed", noise="abbrev",
    pattern="colleague_rejection_sdash_non_da", relationship="colleague", occasions=8,
    text="""\
S-DASH (non-DA) 21/11 - IP Carys WYN-EVANS (27), SUSP colleague Marcus TILLING (35), Halcyon Insurance call centre.
Q1 frightened? YES - "he said he'd make me pay and I believe him".
Q2 previous? YES - since Aug, msgs to personal phone (IP never gave him the number), waits at her bus stop after shifts.
Q3 escalation? YES - after IP reported him to HR on 30/10 he sent "grassing will get your face cut". On 14/11 he blocked her exit from the lift and said "not long now". IP thought he was going to hurt her then.
Q6 threats? YES (above). Q8 loitering? YES - bus stop, car park.
Q10 third parties? NO.
Rationale: repeated and escalating, started after she turned him down (asked her out x3 in Aug). IP now working from home pending HR outcome. Risk: HIGH. Referred to stalking advocacy service.""",
    spans=[
        ("FEAR_OF_VIOLENCE", '"he said he\'d make me pay and I believe him"'),
        ("STALK_CONTACT", "msgs to personal phone (IP never gave him the number)"),
        ("STALK_LOITER", "waits at her bus stop after shifts"),
        ("THREAT_VIOLENCE", '"grassing will get your face cut"'),
        ("THREAT_VIOLENCE", 'blocked her exit from the lift and said "not long now"'),
        ("FEAR_OF_VIOLENCE", "IP thought he was going to hurt her then"),
        ("FIXATION", "asked her out x3 in Aug"),
        ("SERIOUS_IMPACT", "IP now working from home pending HR outcome"),
    ],
)

case(
    119, "harassment", "C",
    voice="updates", case="mixed", noise="typos",
    pattern="one_threat_only_within_course", relationship="acquaintance", occasions=10,
    text="""\
Log update - IP Shannon PRICE states ex-friend Chloe MASTERS has sent her 9 abusive Snapchats since the fallout at Shannon's 21st on 12/04, calling her a "two-faced s**g" and "fat cow", latest 26/04. One message on 19/04 said "ur lucky i dont smash ur face in" - IP says she laughed it off, "Chloe wouldnt do anything". IP upset about the other messages being shown round their friendship group. Chloe blocked, now messaging from a second account.""",
    spans=[
        ("STALK_CONTACT", "sent her 9 abusive Snapchats"),
        ("REPETITION", "since the fallout at Shannon's 21st on 12/04"),
        ("THREAT_VIOLENCE", '"ur lucky i dont smash ur face in"'),
        ("DISTRESS", "IP upset"),
        ("UNWANTED", "Chloe blocked"),
        ("STALK_CONTACT", "now messaging from a second account"),
    ],
)

case(
    120, "aggravated_harassment", "CR",
    voice="call_log", case="mixed", noise="abbrev",
    pattern="repeat_abuse_takeaway_short", relationship="stranger", occasions=2,
    text="""\
2nd time this month same male in white van outside IP's takeaway shouting "terrorist" and "go back to Bangladesh". IP knows him by sight.""",
    spans=[
        ("REPETITION", "2nd time this month"),
        ("RELIGIOUS_HOSTILITY", 'shouting "terrorist"'),
        ("RACIAL_HOSTILITY", '"go back to Bangladesh"'),
    ],
)


# --------------------------------------------------------------------------------------------
# Batch 7
# --------------------------------------------------------------------------------------------

case(
    121, "stalking_fear_alarm_distress", "CSD",
    voice="judgment", case="mixed", noise="clean",
    pattern="iopc_retelling_repeat_reports_unlinked", relationship="acquaintance", occasions=12,
    text="""\
Summary of the IOPC investigation (extract)

Ms A, then aged 26, first contacted the force on 4 March 2022 to report that a man she had met once through a mutual friend, referred to here as Mr B, had sent her around 60 messages over the previous fortnight despite her asking him to stop. The call handler recorded the matter as a "nuisance communications" incident. An officer telephoned Ms A two days later, advised her to block the number, and closed the incident.

Ms A called again on 19 March. She said Mr B had begun waiting outside the gym she attended and had been in the car park when she left on three evenings that week. She had blocked his number, but he had written to her at her home address, which she had not given him, and left a card on her car saying that they were "meant to be". A different call handler created a new incident with no reference to the first. The attending officer spoke to Mr B, who said he had been at the gym "to train", and gave him words of advice. No crime was recorded.

Between late March and June Ms A made three further reports. In each she described further conduct of the same kind: Mr B walking past her home several times an evening, photographs of her taken through her living room window appearing on a social media account she believed was his, and a parcel containing a bracelet left on her doorstep. On each occasion the matter was dealt with as a single incident. No risk assessment was completed until 14 June, when the S-DASH questions were asked for the first time.

By then, Ms A told the investigation, she had changed gyms twice, started working from her parents' house in another town four days a week, and then, in July, given up her tenancy and moved there permanently. She was prescribed medication for anxiety. She was clear in her account that Mr B had never threatened her and that she did not think he would hurt her; what she could not bear, she said, was "never knowing where he would be".

The investigation found that the officers and staff who dealt with the reports had each looked at the latest event only. Nobody drew the reports together until a detective constable in the public protection unit reviewed the file in July. A crime was then recorded and Mr B was later charged. The investigation made learning recommendations about linking repeat reports and about recording crimes at the first opportunity.""",
    spans=[
        ("STALK_CONTACT", "sent her around 60 messages over the previous fortnight"),
        ("UNWANTED", "despite her asking him to stop"),
        ("STALK_LOITER", "waiting outside the gym she attended"),
        ("STALK_LOITER", "had been in the car park when she left"),
        ("REPETITION", "on three evenings that week"),
        ("STALK_CONTACT", "written to her at her home address, which she had not given him"),
        ("STALK_GIFTS", "left a card on her car"),
        ("FIXATION", '"meant to be"'),
        ("STALK_LOITER", "walking past her home several times an evening"),
        ("STALK_WATCH", "photographs of her taken through her living room window"),
        ("STALK_PUBLISH", "appearing on a social media account she believed was his"),
        ("STALK_GIFTS", "a parcel containing a bracelet left on her doorstep"),
        ("SERIOUS_IMPACT", "changed gyms twice"),
        ("SERIOUS_IMPACT", "started working from her parents' house in another town four days a week"),
        ("SERIOUS_IMPACT", "given up her tenancy and moved there permanently"),
        ("SERIOUS_IMPACT", "prescribed medication for anxiety"),
        ("DISTRESS", '"never knowing where he would be"'),
    ],
)

case(
    122, "no_offence", "",
    voice="result_note", case="mixed", noise="clean",
    pattern="repeated_but_not_oppressive_greetings", relationship="neighbour", occasions=4,
    text="""\
IP reports male neighbour has said hello to her 3 times this week and once asked how her day was. She finds it "a bit weird". Nothing else. Advice given.""",
    spans=[],
)

case(
    123, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="threats_to_son_and_victim_fears_for_herself", relationship="acquaintance", occasions=2,
    text="""\
IP Mrs Donna KIRKHAM (46). SUSP Lee FARRAR (30), who has a dispute with IP's son Jack (22) over a car. On 08/05 SUSP came to IP's door looking for Jack and said "tell him he's getting his legs broke, and you'll get the same if you hide him". On 15/05 SUSP shouted from his car outside the house "your lad's dead, and you're next, you old slag". IP states she is frightened for Jack but also for herself - "he said I'm next and I believe he'd do it, he doesn't care who he hurts". She was scared on both days. Jack now living in Leeds.""",
    spans=[
        ("STALK_TURN_UP", "came to IP's door looking for Jack"),
        ("THREAT_VIOLENCE", "you'll get the same if you hide him"),
        ("THREAT_VIOLENCE", "you're next, you old slag"),
        ("FEAR_OF_VIOLENCE", '"he said I\'m next and I believe he\'d do it'),
        ("FEAR_OF_VIOLENCE", "She was scared on both days"),
    ],
)

case(
    124, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev",
    pattern="kelly_voicemails_neighbour", relationship="neighbour", occasions=4,
    text="""\
2211 CLR MR GRAHAM OSEI (52) STATES NEIGHBOUR FROM NO 4 (KNOWN AS BAZ) HAS LEFT HIM 4 VOICEMAILS BETWEEN 2150 AND 2202 CALLING HIM A "NONCE" AND A "WEIRDO" AND SAYING THE WHOLE STREET KNOWS WHAT HE IS. RELATES TO CLR REPORTING BAZ'S DOG BARKING TO COUNCIL. CLR V UPSET, SAYS ALLEGATION IS UNTRUE AND HE IS MORTIFIED. NO THREATS. CLR HAS SAVED VMS.
2213 G3. ADVISED. OIC TO LISTEN TO VMS.""",
    spans=[
        ("STALK_CONTACT", "LEFT HIM 4 VOICEMAILS"),
        ("REPETITION", "BETWEEN 2150 AND 2202"),
        ("DISTRESS", "CLR V UPSET"),
        ("DISTRESS", "HE IS MORTIFIED"),
    ],
)

case(
    125, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="updates", case="mixed", noise="abbrev",
    pattern="online_to_offline_religious_threats_doorstep", relationship="online", occasions=8,
    text="""\
02/06 IP Amina YUSUF (22), posts modest-fashion videos on TikTok (60k). Since March user "@crusader_88" has commented on every video - "no burkas in Britain", "you lot breed like rats". In May he DM'd her a photo of her front door with "nice house, shame if it burned". IP terrified, believes he will set fire to it. Account linked by platform to Gavin STOTT, 38, Rochdale.
04/06 IP reports STOTT was standing across the road from her house at 2100 last night, filming her window. IP again says she thought he was going to attack her; called 999 (CAD 2677), he left before units arrived.
05/06 IP has stopped posting, staying with aunt. DASH (non-DA) HIGH. Arrest plan.""",
    spans=[
        ("STALK_MONITOR", "commented on every video"),
        ("RELIGIOUS_HOSTILITY", '"no burkas in Britain"'),
        ("RELIGIOUS_HOSTILITY", '"you lot breed like rats"'),
        ("STALK_WATCH", "DM'd her a photo of her front door"),
        ("THREAT_VIOLENCE", '"nice house, shame if it burned"'),
        ("FEAR_OF_VIOLENCE", "IP terrified, believes he will set fire to it"),
        ("STALK_LOITER", "standing across the road from her house at 2100 last night"),
        ("STALK_WATCH", "filming her window"),
        ("FEAR_OF_VIOLENCE", "she thought he was going to attack her"),
        ("SERIOUS_IMPACT", "IP has stopped posting, staying with aunt"),
    ],
)

case(
    126, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="neighbour_logging_movements_racial_letters", relationship="neighbour", occasions=15,
    text="""\
IP Desmond AKINOLA (40) lives alone at 3 Ivy Terrace. SUSP Ronald CROSSLEY (66) lives at no.5. Since IP moved in (Feb) SUSP has sat at his front window facing IP's door most of the day and writes down when IP comes and goes - IP has seen the notebook, and SUSP has quoted times back to him ("out till 2am again Saturday"). SUSP has put 4 letters through IP's door saying the street "was fine before you people came" and calling him a "jungle bunny" and a "poof". SUSP follows IP to the corner shop "most days". IP says he is not afraid of SUSP ("he's 66 and frail") but feels constantly watched.""",
    spans=[
        ("STALK_WATCH", "sat at his front window facing IP's door most of the day"),
        ("STALK_MONITOR", "writes down when IP comes and goes"),
        ("STALK_MONITOR", 'quoted times back to him ("out till 2am again Saturday")'),
        ("STALK_CONTACT", "put 4 letters through IP's door"),
        ("RACIAL_HOSTILITY", '"was fine before you people came"'),
        ("RACIAL_HOSTILITY", '"jungle bunny"'),
        ("STALK_FOLLOW", "follows IP to the corner shop"),
        ("REPETITION", '"most days"'),
        ("DISTRESS", "feels constantly watched"),
    ],
)

case(
    127, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev",
    pattern="workplace_supervisor_nationality_abuse", relationship="colleague", occasions=6,
    text="""\
OIC update 14/03 - spoke to IP Tomasz WISNIEWSKI, forklift driver, Harrow Logistics. Supervisor Dean CLOUGH has since Jan repeatedly called him "Polish scrounger" and "Borat" in front of the team, put "EASTERN EUROPEANS DONT GET OVERTIME" on the rota board (photo exhibit TW/1), and on 02/03 told him to "go back to picking cabbages in Krakow". 3 colleagues willing to give statements. IP distressed, says he "dreads" shifts. No threats or violence.""",
    spans=[
        ("REPETITION", "since Jan repeatedly"),
        ("RACIAL_HOSTILITY", 'called him "Polish scrounger" and "Borat"'),
        ("RACIAL_HOSTILITY", '"EASTERN EUROPEANS DONT GET OVERTIME"'),
        ("RACIAL_HOSTILITY", '"go back to picking cabbages in Krakow"'),
        ("DISTRESS", 'IP distressed, says he "dreads" shifts'),
    ],
)

case(
    128, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="abbrev",
    pattern="neighbour_anti_muslim_threats_third_incident", relationship="neighbour", occasions=3,
    text="""\
1930 CLR Mr Imran QURESHI, 41 Linden Rd. Male from no.46 (Paul GEDDES) outside shouting "muzzie scum" at CLR's house and kicked CLR's car. CLR says on Sunday GEDDES told him "I'll blow your house up like you lot do". CLR believes he will hurt them, wife terrified since Sunday, kids sleeping in their room. 3rd incident - see CAD 1099 (last Fri: GEDDES spat at CLR's feet, called him "paedo Paki").
1931 G1.
1942 Units O/S, GEDDES arrested. CLR: "I was frightened tonight he'd come at me with something".""",
    spans=[
        ("RELIGIOUS_HOSTILITY", 'shouting "muzzie scum"'),
        ("STALK_PROPERTY", "kicked CLR's car"),
        ("THREAT_VIOLENCE", '"I\'ll blow your house up like you lot do"'),
        ("FEAR_OF_VIOLENCE", "CLR believes he will hurt them"),
        ("REPETITION", "3rd incident"),
        ("RACIAL_HOSTILITY", 'called him "paedo Paki"'),
        ("FEAR_OF_VIOLENCE", '"I was frightened tonight he\'d come at me with something"'),
    ],
)

case(
    129, "harassment", "C",
    voice="statement", case="mixed", noise="clean",
    pattern="family_estate_dispute_publish_and_employer", relationship="family", occasions=20,
    text="""\
Since my husband Alan died in February his sister Brenda has not stopped. She thinks I kept his pension and his car from her. She has sent me messages on Facebook nearly every week calling me a "gold digger" and a "leech", she put a post on the family group saying I "finished him off for the money" and she rang my work twice to tell my manager I'm a thief. I asked her through my solicitor to stop in May and she sent another message that night. I've not been sleeping. I'm not frightened of her, I just want to grieve.""",
    spans=[
        ("STALK_CONTACT", "sent me messages on Facebook nearly every week"),
        ("STALK_PUBLISH", 'put a post on the family group saying I "finished him off for the money"'),
        ("STALK_ORDERS", "rang my work twice to tell my manager I'm a thief"),
        ("UNWANTED", "I asked her through my solicitor to stop"),
        ("DISTRESS", "I've not been sleeping"),
    ],
)

case(
    130, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="ex_employee_wage_dispute_threats", relationship="business", occasions=2,
    text="""\
IP Raj MISTRY owns a small building firm. SUSP Callum DEAKIN, labourer, left in Aug claiming £900 unpaid wages (disputed). 02/09 SUSP phoned IP: "pay me or I'll put you in a wheelchair". 09/09 SUSP turned up at IP's site in Hinckley and said "Friday or you're getting hurt". IP states both times he believed SUSP would assault him; SUSP has previous for GBH. ACAS claim ongoing.""",
    spans=[
        ("THREAT_VIOLENCE", '"pay me or I\'ll put you in a wheelchair"'),
        ("STALK_TURN_UP", "turned up at IP's site in Hinckley"),
        ("THREAT_VIOLENCE", '"Friday or you\'re getting hurt"'),
        ("FEAR_OF_VIOLENCE", "both times he believed SUSP would assault him"),
    ],
)

case(
    131, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean",
    pattern="customer_fixation_barista_manager_reports", relationship="customer", occasions=20,
    text="""\
I am the manager of Bean There café on Castle Street. I am making this statement about a customer who has been bothering one of my baristas, Ellie (19). He started coming in around August. Now he comes in every shift Ellie works, he seems to know her rota, and he stays for hours with one coffee, watching her. He has left her notes on napkins, one said "I dream about you". Ellie told him she has a boyfriend and asked him to stop. She has had Instagram follow requests from five different accounts that we think are his. Last Friday he was outside when we closed at 6 and walked behind her to the bus station. I have now banned him. Ellie doesn't want to come to the police herself because she doesn't want to cause trouble, but she is clearly upset.""",
    spans=[
        ("STALK_TURN_UP", "comes in every shift Ellie works"),
        ("STALK_MONITOR", "he seems to know her rota"),
        ("STALK_WATCH", "stays for hours with one coffee, watching her"),
        ("STALK_GIFTS", "left her notes on napkins"),
        ("FIXATION", '"I dream about you"'),
        ("UNWANTED", "asked him to stop"),
        ("STALK_CONTACT", "Instagram follow requests from five different accounts"),
        ("STALK_FOLLOW", "walked behind her to the bus station"),
        ("DISTRESS", "she is clearly upset"),
    ],
)

case(
    132, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev",
    pattern="negated_conduct_all_explained", relationship="ex_partner", occasions=0,
    text="""\
Update: IP now clear that her ex-partner has not contacted her, has not been to the house and has not followed her - the flowers left on 12/03 were from her mum, who has confirmed this, and the car she saw was a neighbour's visitor (VRM checked). IP apologetic, relieved. No offence. Log closed.""",
    spans=[],
)

case(
    133, "stalking_fear_alarm_distress", "CSFD",
    voice="statement", case="mixed", noise="typos",
    pattern="ex_partner_statement_pasted_messages_threat_to_kill", relationship="ex_partner", occasions=8,
    text="""\
Witness statement of Kirsty-Marie DOBSON (extract from MG11, pages 2-4)

...I ended it with Jason on the 2nd of January because I found out he had been reading my messages on my laptop. He moved out to his brother's in Batley. At first he just texted a lot, saying sorry and asking to come home. I told him it was over and to stop messaging me. After about a week the messages changed. I have screenshots of all of them and I have given them to PC Hussain. These are some of them:

'u think ur going to just move on? no chance'
'i know u were at the Kings Arms last night'
'ill be watching'
'if i see u with anyone else ill kill the pair of u'

That last one was on the 17th of January. When I read it I was physically sick. I honestly believed he would kill me. I rang my sister and she came and stayed with me that night and the night after.

On the 24th of January I was walking home from the bus and he was sat on the wall at the end of my road. He got up and walked next to me and said "I meant what I said". I ran to my door. I was so scared I couldnt get the key in. I thought he was going to stab me in the back. He just stood at the gate and laughed and then walked off towards the main road.

After that I found out from my neighbour Pat that a man matching his description had been sitting in a car outside my house on at least three nights that week. I dont know how he knew I had been to the Kings Arms. I had not told anyone and I do not have social media, I came off it in December.

I am now living with my sister in Ossett. I have not been back to my house except with the police to get clothes. I have had to take time off work and I am having counselling through my GP. I do not go anywhere on my own, not even to the shop. I am frightened that one day he is going to find me and do what he said.""",
    spans=[
        ("UNWANTED", "I told him it was over and to stop messaging me"),
        ("FIXATION", "'u think ur going to just move on? no chance'"),
        ("STALK_MONITOR", "'i know u were at the Kings Arms last night'"),
        ("THREAT_VIOLENCE", "'if i see u with anyone else ill kill the pair of u'"),
        ("FEAR_OF_VIOLENCE", "I honestly believed he would kill me"),
        ("STALK_LOITER", "he was sat on the wall at the end of my road"),
        ("STALK_FOLLOW", "walked next to me"),
        ("THREAT_VIOLENCE", 'said "I meant what I said"'),
        ("FEAR_OF_VIOLENCE", "I thought he was going to stab me in the back"),
        ("STALK_LOITER", "sitting in a car outside my house on at least three nights"),
        ("SERIOUS_IMPACT", "I am now living with my sister in Ossett"),
        ("SERIOUS_IMPACT", "I have had to take time off work and I am having counselling"),
        ("SERIOUS_IMPACT", "I do not go anywhere on my own"),
        ("FEAR_OF_VIOLENCE", "I am frightened that one day he is going to find me"),
    ],
)

case(
    134, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="neighbour_cameras_antisemitic_letters_moving", relationship="neighbour", occasions=12,
    text="""\
Victim: Rachel FRIEDMAN (58), retired teacher, 12 Alder Close. Suspect: Colin PEARCE (61), 14 Alder Close. From Sept SUSP has set up two cameras on his garage aimed at her front door and kitchen, photographs her visitors, and has written to her 6 times (letters RF/1-6) about "your Zionist friends" coming and going and "you people own everything but you won't own this close". On 3 occasions she found her bins emptied onto her drive. On 28/11 a Star of David was drawn in marker on her car windscreen. No threats of violence. Victim has stopped having her grandchildren to stay, no longer walks to synagogue, and has put her house on the market. GP has prescribed diazepam.""",
    spans=[
        ("STALK_WATCH", "set up two cameras on his garage aimed at her front door and kitchen"),
        ("STALK_WATCH", "photographs her visitors"),
        ("STALK_CONTACT", "written to her 6 times"),
        ("RACIAL_HOSTILITY", '"you people own everything but you won\'t own this close"'),
        ("REPETITION", "On 3 occasions"),
        ("STALK_PROPERTY", "found her bins emptied onto her drive"),
        ("RELIGIOUS_HOSTILITY", "a Star of David was drawn in marker on her car windscreen"),
        ("SERIOUS_IMPACT", "stopped having her grandchildren to stay"),
        ("SERIOUS_IMPACT", "no longer walks to synagogue"),
        ("SERIOUS_IMPACT", "put her house on the market"),
        ("SERIOUS_IMPACT", "GP has prescribed diazepam"),
    ],
)

case(
    135, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="ex_partner_fake_accounts_racial_captions", relationship="ex_partner", occasions=6,
    text="""\
IP Sana MALIK (24), SUSP ex-boyfriend Jordan HALE (26), together 1 yr, ended Sept. Since Oct SUSP has made 3 fake TikTok accounts in IP's name posting her photos with captions like "ask me about my grooming gang cousins" and "Paki princess for sale", sent the links to her workplace, and messaged her friends to ask where she is living now. He turned up at her gym once (21/11). IP reported the accounts - 2 removed. IP "humiliated", "everyone at work has seen it". No threats, IP not in fear of violence.""",
    spans=[
        ("STALK_PUBLISH", "made 3 fake TikTok accounts in IP's name"),
        ("RACIAL_HOSTILITY", '"ask me about my grooming gang cousins"'),
        ("RACIAL_HOSTILITY", '"Paki princess for sale"'),
        ("STALK_PUBLISH", "sent the links to her workplace"),
        ("STALK_MONITOR", "messaged her friends to ask where she is living now"),
        ("STALK_TURN_UP", "turned up at her gym once (21/11)"),
        ("DISTRESS", 'IP "humiliated"'),
    ],
)

case(
    136, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev",
    pattern="ex_partner_vexatious_reports_regulator", relationship="ex_partner", occasions=9,
    text="""\
10/07 IP Natalie GRIMSHAW (nurse) reports ex-partner Scott BELL (sep Jan) has made a series of false reports about her: to the NMC (her regulator) twice alleging she steals drugs, to her ward manager alleging she works drunk, to children's services (twice) alleging neglect, and to the DVLA saying she has epilepsy. All investigated and closed, but IP was suspended from work for 6 wks during the NMC referral. He has also ordered a skip, a pizza and a funeral director's visit to her address.
12/07 IP says she cannot cope, has been signed off since the suspension ended and is considering leaving nursing. She has moved in with her parents "so someone is there when the doorbell goes". No threats, no contact from him directly since Feb.
15/07 Sgt: confirm each agency's reports via disclosure requests; put the whole series to SUSP in interview, not just the latest.""",
    spans=[
        ("STALK_ORDERS", "to the NMC (her regulator) twice alleging she steals drugs"),
        ("STALK_ORDERS", "to her ward manager alleging she works drunk"),
        ("STALK_ORDERS", "to children's services (twice) alleging neglect"),
        ("STALK_ORDERS", "to the DVLA saying she has epilepsy"),
        ("SERIOUS_IMPACT", "IP was suspended from work for 6 wks"),
        ("STALK_ORDERS", "ordered a skip, a pizza and a funeral director's visit to her address"),
        ("DISTRESS", "IP says she cannot cope"),
        ("SERIOUS_IMPACT", "has been signed off since the suspension ended"),
        ("SERIOUS_IMPACT", "She has moved in with her parents"),
    ],
)

case(
    137, "no_offence", "",
    voice="result_note", case="mixed", noise="clean",
    pattern="lawful_purpose_bail_checks", relationship="business", occasions=4,
    text="""\
Complaint recorded as "harassment by police". Caller Mr Dwayne FOSTER states officers have attended his address 4 times in 2 weeks. Checks show all 4 were bail address checks required by his court bail conditions (curfew 1900-0700), carried out at the door, each under 5 minutes. Caller advised; referred to Professional Standards if he wishes to complain. No offence.""",
    spans=[],
)

case(
    138, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="abbrev",
    pattern="neighbour_two_threats_children_ball", relationship="neighbour", occasions=2,
    text="""\
1645 CLR MS ANGELA FRYER 9 WREN CRESCENT. NEIGHBOUR AT NO 11 (STEVEN BOYLE) HAS JUST THREATENED TO "SMASH HER SKULL IN" OVER HER CHILDREN'S BALL GOING IN HIS GARDEN. CLR STATES 2ND TIME IN A WEEK, LAST MON HE SAID HE'D "PUT HER IN THE GROUND". CLR SAYS SHE BELIEVED HIM BOTH TIMES, V FRIGHTENED, HAS KEPT KIDS IN TONIGHT.
1647 G2. PREV CAD 0781 (MON) - WORDS OF ADVICE ONLY.
1730 PC 6643: SPOKE TO CLR, STATEMENT TAKEN. BOYLE NOT IN.""",
    spans=[
        ("THREAT_VIOLENCE", 'THREATENED TO "SMASH HER SKULL IN"'),
        ("REPETITION", "2ND TIME IN A WEEK"),
        ("THREAT_VIOLENCE", 'HE\'D "PUT HER IN THE GROUND"'),
        ("FEAR_OF_VIOLENCE", "SHE BELIEVED HIM BOTH TIMES"),
        ("FEAR_OF_VIOLENCE", "V FRIGHTENED"),
    ],
)

case(
    139, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev",
    pattern="ex_partner_loiter_calls_work_short_mo", relationship="ex_partner", occasions=20,
    text="""\
SUSP (EX-P) SITS IN CAR OUTSIDE V'S HOUSE MOST NIGHTS AND RINGS HER WORK DAILY. NO THREATS MADE.""",
    spans=[
        ("STALK_LOITER", "SITS IN CAR OUTSIDE V'S HOUSE"),
        ("REPETITION", "MOST NIGHTS"),
        ("STALK_CONTACT", "RINGS HER WORK DAILY"),
    ],
)

case(
    140, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="lower", noise="typos",
    pattern="pharmacist_customer_racial_threats", relationship="customer", occasions=2,
    text="""\
caller Mr Kofi MENSAH pharmacist at Boots Westgate. same male customer (calls himself Lenny, prescription name L DRAYCOTT) has come in twice this week, tues and today, and refused to be served by him, called him 'black b*****d' and said 'ill do you when you lock up'. today he said 'i know your car, the blue golf'. caller says both times he was scared he would be attacked, hes shaking. staff witness. cctv in store. male left on foot 5 mins ago.
G1 - units en route""",
    spans=[
        ("REPETITION", "twice this week"),
        ("RACIAL_HOSTILITY", "called him 'black b*****d'"),
        ("THREAT_VIOLENCE", "'ill do you when you lock up'"),
        ("THREAT_VIOLENCE", "'i know your car, the blue golf'"),
        ("FEAR_OF_VIOLENCE", "both times he was scared he would be attacked"),
        ("DISTRESS", "hes shaking"),
    ],
)


# --------------------------------------------------------------------------------------------
# Batch 8
# --------------------------------------------------------------------------------------------

case(
    141, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="updates", case="mixed", noise="abbrev",
    pattern="neighbour_long_investigation_log_racial_threats", relationship="neighbour", occasions=16,
    text="""\
CRIME 47/18823/25 - INVESTIGATION LOG

12/05 0930 (PC 2231 SHARPE) Crime raised following CAD 0118 11/05. IP Mrs Abimbola ADEKUNLE (37), 8 Thornfield Way, lives with husband Segun and 3 children (4, 9, 13). SUSP Gavin LOWRY (45), 10 Thornfield Way. IP reports that on 11/05 at approx 2245 SUSP stood at the boundary fence shouting "I'll gut you like the animals you are" and "n****** don't belong on this street". IP states she believed he would come over the fence and attack her. Husband was at work (night shift).
12/05 (cont) IP describes earlier conduct not previously reported: since Feb SUSP has stood on his drive watching the family leave and return, most days; has filmed the children walking to school on at least 4 occasions (IP's eldest saw the phone); has driven slowly behind IP on the school run twice in April; has left dog excrement on IP's doorstep 3 times. IP has kept photos. IP did not report earlier because "I thought he'd get bored".
13/05 1400 Statement obtained from IP (MG11, 6 pages). S-DASH (non-DA) - 11 yes. Risk MEDIUM, raised to HIGH by Sgt on review due to threats and children.
15/05 1115 IP called OIC: SUSP knocked on her door at 0800 while husband asleep, said "next time your husband's at work I'm coming round". IP "so scared I couldn't breathe", believes he will hurt her. Additional statement taken.
15/05 1600 SUSP arrested, interviewed - denies all, says IP's family are "noisy" and "park like idiots". Released under investigation. Sgt review requested.
16/05 Sgt 1194 ANDREWS: disagree with RUI, re-arrest for bail with conditions not to contact/attend. Look at the whole series (Feb-May), not the threats in isolation. Doorbell footage from no.6 to be obtained. Housing association to be informed. Refer to hate crime scrutiny panel once finalised.
19/05 TT IP. She has taken the children out of school for a week and is staying with her sister in Rochdale. She has given notice on her job as a teaching assistant because she cannot do the school run past SUSP's house. Husband has swapped to days. IP: "I don't recognise my life".
20/05 Doorbell footage from no.6 obtained - shows SUSP on drive filming towards IP's house on 5 dates in April. Exhibit DS/4.
22/05 Re-arrested, charged, remanded to court. CPS: charge authorised (public order with racial aggravation plus harassment - OIC to query the choice with the lawyer).
24/05 Mags: bailed, conditions not to enter Thornfield Way or contact IP directly or indirectly. IP informed by phone and letter. IP asked when she can go home - explained bail conditions; she says she will not go back while he lives there.""",
    spans=[
        ("THREAT_VIOLENCE", '"I\'ll gut you like the animals you are"'),
        ("RACIAL_HOSTILITY", '"n****** don\'t belong on this street"'),
        ("FEAR_OF_VIOLENCE", "she believed he would come over the fence and attack her"),
        ("STALK_WATCH", "stood on his drive watching the family leave and return"),
        ("REPETITION", "most days"),
        ("STALK_WATCH", "filmed the children walking to school"),
        ("REPETITION", "on at least 4 occasions"),
        ("STALK_FOLLOW", "driven slowly behind IP on the school run twice in April"),
        ("STALK_PROPERTY", "left dog excrement on IP's doorstep 3 times"),
        ("STALK_TURN_UP", "knocked on her door at 0800"),
        ("THREAT_VIOLENCE", '"next time your husband\'s at work I\'m coming round"'),
        ("FEAR_OF_VIOLENCE", '"so scared I couldn\'t breathe"'),
        ("FEAR_OF_VIOLENCE", "believes he will hurt her"),
        ("SERIOUS_IMPACT", "taken the children out of school for a week"),
        ("SERIOUS_IMPACT", "staying with her sister in Rochdale"),
        ("SERIOUS_IMPACT", "given notice on her job as a teaching assistant"),
        ("SERIOUS_IMPACT", "Husband has swapped to days"),
        ("DISTRESS", '"I don\'t recognise my life"'),
        ("STALK_WATCH", "filming towards IP's house on 5 dates in April"),
    ],
)

case(
    142, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="race_mentioned_no_hostility_ex_partner", relationship="ex_partner", occasions=30,
    text="""\
IP Rokeya BEGUM (33) and SUSP Abdul KARIM (38) were married for 10 years; divorced 2024. Both of Bangladeshi heritage; IP's first language is Sylheti and an interpreter (Language Line) was used. IP reports that since Jan SUSP has rung her 10-15 times a day, waited outside the children's school at home time on most days, and sent his cousin to her flat twice to ask her to "come home". IP has told him through the family and through her solicitor that she does not want contact. No threats; IP says SUSP has never been violent. IP says she is tired and embarrassed in front of the other parents. No hate crime element identified.""",
    spans=[
        ("STALK_CONTACT", "rung her 10-15 times a day"),
        ("STALK_LOITER", "waited outside the children's school at home time"),
        ("REPETITION", "on most days"),
        ("STALK_CONTACT", "sent his cousin to her flat twice"),
        ("FIXATION", '"come home"'),
        ("UNWANTED", "she does not want contact"),
        ("DISTRESS", "she is tired and embarrassed in front of the other parents"),
    ],
)

case(
    143, "stalking", "CS",
    voice="call_log", case="mixed", noise="abbrev",
    pattern="other_hate_strand_disability_stalking", relationship="acquaintance", occasions=15,
    text="""\
1520 CLR Ms Laura PICKERING (31), wheelchair user, states a man she knows only as "Wayne" from the day centre she used to attend has been waiting outside her flat (Brook House, ground floor) most afternoons for 3 wks, and follows her in his car when she goes to the shops on her own. He shouts "oi cripple, give us a smile" and "no one else would have you in that thing". CLR has told him to leave her alone twice. She says she isn't scared he'd hurt her but she's fed up with it.
1523 G3. Disability hate flag. Previous: nil.
1610 PCSO 4429 TT CLR - visit arranged tmrw 1000.""",
    spans=[
        ("STALK_LOITER", "waiting outside her flat (Brook House, ground floor)"),
        ("REPETITION", "most afternoons for 3 wks"),
        ("STALK_FOLLOW", "follows her in his car when she goes to the shops"),
        ("UNWANTED", "told him to leave her alone twice"),
        ("DISTRESS", "she's fed up with it"),
    ],
)

case(
    144, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev",
    pattern="single_photo_opening_says_stalking", relationship="stranger", occasions=1,
    text="""\
Opening category: STALKING.
0822 CLR (female, 28) reports that on the 0748 Northern Line train a male took a photo of her on his phone and smiled at her when she noticed. He got off at Camden. She has never seen him before. No words spoken, no further contact. CLR felt uncomfortable. Passed to BTP as their jurisdiction. Log closed.""",
    spans=[
        ("STALK_WATCH", "took a photo of her on his phone"),
        ("DISTRESS", "CLR felt uncomfortable"),
    ],
)

case(
    145, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="redacted",
    pattern="sikh_family_eggs_graffiti_redacted", relationship="stranger", occasions=4,
    text="""\
[REDACTED] reports that for the third time since Diwali eggs have been thrown at the front of the family home at [ADDRESS]. On [DATE] the words "TURBANS OUT" were sprayed on their garage door and on [DATE] a note was put through the door reading "go back to your own country, this is a Christian street". The family (Sikh, UK-born) do not know who is responsible, but a neighbour's doorbell footage shows the same hooded male on two of the dates. No threats. The family are upset and have installed CCTV.""",
    spans=[
        ("REPETITION", "for the third time since Diwali"),
        ("STALK_PROPERTY", "eggs have been thrown at the front of the family home"),
        ("RELIGIOUS_HOSTILITY", '"TURBANS OUT" were sprayed on their garage door'),
        ("RACIAL_HOSTILITY", '"go back to your own country, this is a Christian street"'),
        ("DISTRESS", "The family are upset"),
    ],
)

case(
    146, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="judgment", case="mixed", noise="clean",
    pattern="security_guard_shoplifter_racial_threats", relationship="customer", occasions=2,
    text="""\
The complainant, Mr Jerome Baptiste, worked as a security officer at the Kingsway Tesco. On 4 October he stopped the defendant leaving with unpaid goods. The defendant called him a "black monkey" and told him he would "come back and stab you". The complainant said he believed him. On 10 October the defendant returned to the store, walked up to him at the entrance and said "told you I'd be back, you're getting it, you black c***". He lifted his top to show what the complainant believed was a knife handle. The complainant said he was in fear for his life. He has since transferred to a store in another town. The defendant, who has convictions for violence, pleaded guilty.""",
    spans=[
        ("RACIAL_HOSTILITY", 'called him a "black monkey"'),
        ("THREAT_VIOLENCE", 'he would "come back and stab you"'),
        ("FEAR_OF_VIOLENCE", "The complainant said he believed him"),
        ("THREAT_VIOLENCE", '"told you I\'d be back, you\'re getting it'),
        ("RACIAL_HOSTILITY", 'you black c***"'),
        ("THREAT_VIOLENCE", "lifted his top to show what the complainant believed was a knife handle"),
        ("FEAR_OF_VIOLENCE", "he was in fear for his life"),
        ("SERIOUS_IMPACT", "transferred to a store in another town"),
    ],
)

case(
    147, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="ex_lodger_fixation_anti_muslim_posts", relationship="acquaintance", occasions=50,
    text="""\
IP Mrs Shazia AHMED (45) rented a room in her house to SUSP Lee COTTAM (39) until she evicted him in June for non-payment. Since then SUSP has: walked past the house several times a day (neighbour and IP's doorbell camera - 40+ clips in July); posted on local Facebook groups that IP is a "jihadi bride" who "runs a terror house", with photos of her at the door; sent her 5 letters saying he "still loves her" and she should "ditch the religion and be with a real man"; turned up at her son's madrassa class on 2 Saturdays and stood across the road. IP says she is more angry than frightened. No threats.""",
    spans=[
        ("STALK_LOITER", "walked past the house several times a day"),
        ("REPETITION", "40+ clips in July"),
        ("STALK_PUBLISH", "posted on local Facebook groups"),
        ("RELIGIOUS_HOSTILITY", 'a "jihadi bride" who "runs a terror house"'),
        ("STALK_WATCH", "with photos of her at the door"),
        ("STALK_CONTACT", "sent her 5 letters"),
        ("FIXATION", '"still loves her"'),
        ("RELIGIOUS_HOSTILITY", '"ditch the religion and be with a real man"'),
        ("STALK_TURN_UP", "turned up at her son's madrassa class on 2 Saturdays"),
        ("STALK_LOITER", "stood across the road"),
    ],
)

case(
    148, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="parent_teacher_grievance_emails_posts", relationship="acquaintance", occasions=18,
    text="""\
Victim: Mr Oliver PENROSE, Year 6 teacher, Highfield Primary. Suspect: Mrs Stacey DUNN, parent. After her son was given a detention on 03/03, SUSP has sent 12 emails to the victim's school address and 5 to his personal Gmail (address found via his running club page), calling him "a bully" and "a disgrace to teaching", and posted in the "Highfield Parents" Facebook group that he "picks on working class kids". The head teacher wrote to SUSP on 14/03 asking her to use the complaints procedure only. Emails continued to 28/03. Victim stressed, "on edge every time I open my inbox". No threats.""",
    spans=[
        ("STALK_CONTACT", "sent 12 emails to the victim's school address"),
        ("STALK_CONTACT", "5 to his personal Gmail"),
        ("STALK_PUBLISH", 'posted in the "Highfield Parents" Facebook group'),
        ("UNWANTED", "asking her to use the complaints procedure only"),
        ("REPETITION", "Emails continued to 28/03"),
        ("DISTRESS", '"on edge every time I open my inbox"'),
    ],
)

case(
    149, "harassment_fear_of_violence", "CFD",
    voice="updates", case="mixed", noise="abbrev",
    pattern="family_former_son_in_law_threats", relationship="family", occasions=2,
    text="""\
IP Mrs Pamela ROBSON (63). SUSP Gary HYDE (40), her daughter's ex-husband. Dispute over IP looking after the grandchildren.
27/02 SUSP came to IP's house, pushed the door open and said "keep my kids from me and I'll kill you, old woman". IP states she was petrified.
06/03 SUSP phoned IP and said "you'd better watch yourself when you're out with the dog". IP now too frightened to walk the dog, believes he will attack her.
08/03 IP's daughter has the dog at hers. DASH (familial) MEDIUM.""",
    spans=[
        ("STALK_TURN_UP", "came to IP's house, pushed the door open"),
        ("THREAT_VIOLENCE", '"keep my kids from me and I\'ll kill you, old woman"'),
        ("FEAR_OF_VIOLENCE", "IP states she was petrified"),
        ("THREAT_VIOLENCE", '"you\'d better watch yourself when you\'re out with the dog"'),
        ("SERIOUS_IMPACT", "too frightened to walk the dog"),
        ("FEAR_OF_VIOLENCE", "believes he will attack her"),
    ],
)

case(
    150, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev",
    pattern="online_pile_on_many_accounts_one_evening", relationship="online", occasions=1,
    text="""\
IP (local councillor) reports abuse on X after a video of her speaking at a planning meeting went viral on Tues evening. Approx 300 replies from 200+ different accounts between 1900 and 2300, many abusive, some calling her "corrupt" and "a joke". No single account posted more than twice. No threats identified on review. Nothing since Weds morning. IP upset. Advice re platform reporting and the Members' safety scheme. No identifiable suspect with repeated conduct; no crime recorded.""",
    spans=[
        ("DISTRESS", "IP upset"),
    ],
)

case(
    151, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="lower", noise="heavy",
    pattern="ex_partner_at_door_threats_opening_harassment", relationship="ex_partner", occasions=10,
    text="""\
opening cat: harassment
caller Jodie 24 says her ex Kane has been outside her flat since 10pm banging the door and shouting shes a slag and hes going to "do her in" when she comes out. he did the same last friday and said hed "stab her new fella and then her", she was terrified then as well. caller and her friend hiding in bedroom, caller v scared believes he will kill her. they split 6 wks ago. he has been texting 50-100 times a day since, she has him blocked on everything.
G1 units assigned
units o/s, kane WATSON arrested. caller sobbing""",
    spans=[
        ("STALK_TURN_UP", "outside her flat since 10pm banging the door"),
        ("THREAT_VIOLENCE", 'hes going to "do her in" when she comes out'),
        ("REPETITION", "he did the same last friday"),
        ("THREAT_VIOLENCE", 'hed "stab her new fella and then her"'),
        ("FEAR_OF_VIOLENCE", "she was terrified then as well"),
        ("FEAR_OF_VIOLENCE", "caller v scared believes he will kill her"),
        ("STALK_CONTACT", "texting 50-100 times a day since"),
        ("UNWANTED", "she has him blocked on everything"),
        ("DISTRESS", "caller sobbing"),
    ],
)

case(
    152, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="abbrev",
    pattern="patient_fixation_gp_moved_practice", relationship="customer", occasions=30,
    text="""\
DS review 11/09 - crime 22/66102/25. IP Dr Helen MARSH, GP. SUSP Anthony GREER (52), former patient (removed from list May). Evidence: 23 letters to the surgery since Jan declaring love and saying they are "destined"; 2 visits to IP's home address (obtained, SUSP says, from the electoral roll) on 14/06 and 30/07, leaving flowers; seen by IP in her village church on 3 Sundays though he lives 20 miles away; sent a birthday card to her home on her actual birthday (not publicly available). No threats. IP has since moved to a practice in another county, stopped attending church, and her husband has taken leave to be at home. IP describes being "unable to function" and is under OH. Action: charge file to CPS; SPO application; IP to be updated by Friday.""",
    spans=[
        ("STALK_CONTACT", "23 letters to the surgery since Jan"),
        ("FIXATION", 'they are "destined"'),
        ("STALK_TURN_UP", "2 visits to IP's home address"),
        ("STALK_GIFTS", "leaving flowers"),
        ("STALK_TURN_UP", "seen by IP in her village church on 3 Sundays"),
        ("STALK_GIFTS", "sent a birthday card to her home"),
        ("STALK_MONITOR", "on her actual birthday (not publicly available)"),
        ("SERIOUS_IMPACT", "moved to a practice in another county"),
        ("SERIOUS_IMPACT", "stopped attending church"),
        ("SERIOUS_IMPACT", "her husband has taken leave to be at home"),
        ("DISTRESS", '"unable to function"'),
    ],
)

case(
    153, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="clean",
    pattern="ex_partner_parcels_flowers_diary", relationship="ex_partner", occasions=6,
    text="""\
My log (Sophie - started after PC Ward told me to keep one):
2 Mar - Amazon parcel, perfume I used to wear. Sender: "your forever x". I know it's Dan.
9 Mar - another parcel, a book we read on holiday. Same note.
12 Mar - Dan's mum texts me "he's struggling, please just talk to him".
16 Mar - Bunch of flowers delivered to work. Card: "I'll wait".
20 Mar - email from new address danny.w.83 - "I'm not giving up on us". Blocked.
23 Mar - parcel, my favourite chocolates.
Told him in Feb I don't want anything. Not scared, just want my life back.""",
    spans=[
        ("STALK_GIFTS", "Amazon parcel, perfume I used to wear"),
        ("FIXATION", '"your forever x"'),
        ("STALK_GIFTS", "another parcel, a book we read on holiday"),
        ("STALK_CONTACT", "Dan's mum texts me"),
        ("STALK_GIFTS", "Bunch of flowers delivered to work"),
        ("FIXATION", '"I\'ll wait"'),
        ("STALK_CONTACT", "email from new address danny.w.83"),
        ("FIXATION", '"I\'m not giving up on us"'),
        ("STALK_GIFTS", "parcel, my favourite chocolates"),
        ("UNWANTED", "Told him in Feb I don't want anything"),
    ],
)

case(
    154, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="updates", case="mixed", noise="abbrev",
    pattern="landlord_eviction_threats_nationality", relationship="landlord", occasions=2,
    text="""\
09/04 IP Mrs Ayaan HASSAN (Somali national, 3 children), tenant at 77 Rowan St. Landlord Derek PULLEN wants her out to sell.
09/04 (cont) On 01/04 PULLEN let himself in without notice and told IP "get out or I'll burn you out, you and your kids, go back to Somalia". IP states she believed him and did not sleep.
08/04 PULLEN stood at the door and said "last warning, next time I bring petrol". IP terrified, sure he means it and will torch the house with them inside.
10/04 Housing options contacted - family moved to emergency accommodation. Unlawful eviction angle to be looked at as well.
11/04 PULLEN arrested.""",
    spans=[
        ("STALK_PROPERTY", "let himself in without notice"),
        ("THREAT_VIOLENCE", '"get out or I\'ll burn you out, you and your kids'),
        ("RACIAL_HOSTILITY", 'go back to Somalia"'),
        ("FEAR_OF_VIOLENCE", "IP states she believed him and did not sleep"),
        ("THREAT_VIOLENCE", '"last warning, next time I bring petrol"'),
        ("FEAR_OF_VIOLENCE", "sure he means it and will torch the house with them inside"),
        ("SERIOUS_IMPACT", "family moved to emergency accommodation"),
    ],
)

case(
    155, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="statement", case="mixed", noise="clean",
    pattern="neighbour_filming_convert_religious_hostility", relationship="neighbour", occasions=20,
    text="""\
I became a Muslim three years ago. I'm from Sunderland, my family are all from here. My neighbour Darren has known me since we were kids. When I started wearing the hijab he started calling me a "traitor" and "Mrs Bin Laden". Since last summer he has stood at his window and filmed me every time I leave the house, and he puts the videos on his Facebook with comments like "watch the convert scuttle off to her mosque". He has followed me to the bus stop three or four times, always a few steps behind, saying nothing. He wrote "ISIS WHORE" on my wheelie bin. I have asked him to stop and he laughs. He has never threatened to hurt me. I don't go out unless I have to now, I've stopped going to Friday prayers, I moved my shifts at Asda to nights so I don't see him, and my doctor has given me antidepressants.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", 'calling me a "traitor" and "Mrs Bin Laden"'),
        ("STALK_WATCH", "stood at his window and filmed me every time I leave the house"),
        ("STALK_PUBLISH", "puts the videos on his Facebook"),
        ("RELIGIOUS_HOSTILITY", '"watch the convert scuttle off to her mosque"'),
        ("STALK_FOLLOW", "followed me to the bus stop three or four times"),
        ("RELIGIOUS_HOSTILITY", 'wrote "ISIS WHORE" on my wheelie bin'),
        ("UNWANTED", "I have asked him to stop"),
        ("SERIOUS_IMPACT", "I don't go out unless I have to now"),
        ("SERIOUS_IMPACT", "I've stopped going to Friday prayers"),
        ("SERIOUS_IMPACT", "I moved my shifts at Asda to nights"),
        ("SERIOUS_IMPACT", "my doctor has given me antidepressants"),
    ],
)

case(
    156, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="other_hate_strand_transgender_course", relationship="neighbour", occasions=7,
    text="""\
IP Jess OAKLEY (trans woman, 36). SUSP Keith ARNOLD (58), neighbour at no.21. Since IP moved in (May) SUSP has on at least 5 occasions shouted "alright mate" and "nice dress, Kevin" at her across the street, told other neighbours she is "a pervert" and "not safe around kids", and on 12/08 put a printed Bible verse about "men who dress as women" through her door. IP upset, says she feels unwelcome in her own street. No threats. Recorded 8L with transgender hate flag.""",
    spans=[
        ("REPETITION", "on at least 5 occasions"),
        ("STALK_PUBLISH", 'told other neighbours she is "a pervert" and "not safe around kids"'),
        ("STALK_CONTACT", 'put a printed Bible verse about "men who dress as women" through her door'),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    157, "aggravated_harassment", "CR",
    voice="judgment", case="mixed", noise="clean",
    pattern="postcards_sikh_councillor_political_issue", relationship="stranger", occasions=14,
    text="""\
Between March and June 2024 the defendant sent fourteen anonymous postcards to the home of the complainant, a Sikh borough councillor who had supported a controversial housing scheme. Each bore a crude drawing of a man in a turban and a message such as "Britain for the British", "your lot are ruining this town" and "go back to the Punjab and build houses there". Fingerprints on three cards identified the defendant. There was no threat of violence and the complainant did not suggest he feared any. His evidence was that the cards had caused him and his wife considerable distress. The defendant's case was that the cards were political comment.""",
    spans=[
        ("REPETITION", "Between March and June 2024"),
        ("STALK_CONTACT", "sent fourteen anonymous postcards to the home of the complainant"),
        ("RELIGIOUS_HOSTILITY", "a crude drawing of a man in a turban"),
        ("RACIAL_HOSTILITY", '"Britain for the British"'),
        ("RACIAL_HOSTILITY", '"your lot are ruining this town"'),
        ("RACIAL_HOSTILITY", '"go back to the Punjab and build houses there"'),
        ("DISTRESS", "caused him and his wife considerable distress"),
    ],
)

case(
    158, "no_offence", "",
    voice="call_log", case="mixed", noise="clean",
    pattern="lawful_purpose_journalist_enquiries", relationship="business", occasions=3,
    text="""\
Caller, a district councillor, complains that a reporter from the Valley Echo has come to her front door twice this week asking for comment about her expenses, and rang her mobile once. Reporter polite, left when asked, has not returned. Caller feels "hounded". Advised that on the information given this is a legitimate press enquiry; she can complain to IPSO. No offence.""",
    spans=[
        ("DISTRESS", 'Caller feels "hounded"'),
    ],
)

case(
    159, "stalking", "CS",
    voice="call_log", case="mixed", noise="abbrev",
    pattern="neighbour_entering_garden_watching_widow", relationship="neighbour", occasions=6,
    text="""\
1105 CLR Mrs Jean ALDRIDGE (69) lives alone, 2 Orchard Row. States neighbour Mr Clive FORD (no.4) has been coming into her back garden when she is out - plant pots moved, her washing taken off the line and folded on the bench, a gnome put on her doorstep. Happened 5 or 6 times since Easter. She also often sees him standing behind his net curtain watching her when she is in the garden. No dispute between them; she says he has "taken a shine to her" since her husband died and once asked her to dinner, she said no. Not threatened. CLR "unnerved".
1110 G3. NHT PCSO to visit.""",
    spans=[
        ("STALK_PROPERTY", "coming into her back garden when she is out"),
        ("STALK_PROPERTY", "her washing taken off the line and folded on the bench"),
        ("STALK_GIFTS", "a gnome put on her doorstep"),
        ("REPETITION", "5 or 6 times since Easter"),
        ("STALK_WATCH", "standing behind his net curtain watching her"),
        ("FIXATION", '"taken a shine to her"'),
        ("UNWANTED", "she said no"),
        ("DISTRESS", 'CLR "unnerved"'),
    ],
)

case(
    160, "stalking_fear_alarm_distress", "CSFD",
    voice="result_note", case="mixed", noise="clean",
    pattern="sentencing_note_teen_victim_following_threats", relationship="stranger", occasions=10,
    text="""\
Sentencing note. Defendant (20) pleaded guilty. Over six weeks he followed the 16-year-old victim from her school bus stop to her home on at least eight occasions, sent her Snapchat messages from four accounts, and twice told her "I'll get you on your own one day". She told the court she was terrified on both occasions that he would attack her. Her mother now drives her to school. Sentence: 10 months' detention in a YOI, suspended, with a 5-year restraining order.""",
    spans=[
        ("STALK_FOLLOW", "followed the 16-year-old victim from her school bus stop to her home"),
        ("REPETITION", "on at least eight occasions"),
        ("STALK_CONTACT", "sent her Snapchat messages from four accounts"),
        ("THREAT_VIOLENCE", 'twice told her "I\'ll get you on your own one day"'),
        ("FEAR_OF_VIOLENCE", "she was terrified on both occasions that he would attack her"),
        ("SERIOUS_IMPACT", "Her mother now drives her to school"),
    ],
)


# --------------------------------------------------------------------------------------------
# Batch 9
# --------------------------------------------------------------------------------------------

case(
    161, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="upper", noise="abbrev",
    pattern="ex_partner_nationality_threats_door", relationship="ex_partner", occasions=4,
    text="""\
0034 CLR MS KATARZYNA (KASIA) NOWICKA 27, FLAT 2 ELM COURT. EX P/NER RYAN FOULDS (SEP 3 WKS) OUTSIDE HER DOOR KICKING IT AND SHOUTING "POLISH SLAG GO HOME" AND "I'LL SNAP YOUR NECK". CLR V SCARED, BELIEVES HE WILL GET IN AND KILL HER.
0035 G1. PREV CAD 2119 SAT - SUSP FOLLOWED CLR FROM BUS STATION IN HIS CAR, SHOUTED "YOU'RE DEAD YOU FOREIGN B***H" - CLR SAID THEN SHE WAS TERRIFIED. CAD 1770 MON - CLR REPORTED 40+ CALLS OVERNIGHT FROM SUSP.
0042 UNITS O/S, SUSP DETAINED AT SCENE. DOOR DAMAGED.
0130 PC 7711: CLR STAYING AT FRIENDS TONIGHT. DASH 17 YES - HIGH.""",
    spans=[
        ("STALK_TURN_UP", "OUTSIDE HER DOOR"),
        ("STALK_PROPERTY", "KICKING IT"),
        ("RACIAL_HOSTILITY", '"POLISH SLAG GO HOME"'),
        ("THREAT_VIOLENCE", '"I\'LL SNAP YOUR NECK"'),
        ("FEAR_OF_VIOLENCE", "CLR V SCARED, BELIEVES HE WILL GET IN AND KILL HER"),
        ("STALK_FOLLOW", "SUSP FOLLOWED CLR FROM BUS STATION IN HIS CAR"),
        ("THREAT_VIOLENCE", '"YOU\'RE DEAD'),
        ("RACIAL_HOSTILITY", 'YOU FOREIGN B***H"'),
        ("FEAR_OF_VIOLENCE", "CLR SAID THEN SHE WAS TERRIFIED"),
        ("STALK_CONTACT", "40+ CALLS OVERNIGHT FROM SUSP"),
    ],
)

case(
    162, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="clean",
    pattern="stranger_cyclist_following_forum_racial", relationship="stranger", occasions=14,
    text="""\
Victim: Dr Mei-Yee LAU (34), research scientist, cycles Didsbury to Oxford Rd daily. Suspect: identified as Graham SHIELDS (49) via a forum account. Since Jan SUSP has cycled behind the victim on her commute on numerous occasions (her helmet camera captured 14), photographed her at traffic lights, and posted the photos on a cycling forum thread titled "my little yellow peril" with comments about her route, times and "slanty eyes". He has written on the thread which building she works in. Victim says she has not been threatened and is not afraid of violence, but she has stopped cycling, now takes two buses, has changed her working hours and has had sessions with the university counselling service. Forum thread removed 14/04 on police request.""",
    spans=[
        ("STALK_FOLLOW", "cycled behind the victim on her commute on numerous occasions"),
        ("REPETITION", "(her helmet camera captured 14)"),
        ("STALK_WATCH", "photographed her at traffic lights"),
        ("STALK_PUBLISH", "posted the photos on a cycling forum thread"),
        ("RACIAL_HOSTILITY", '"my little yellow peril"'),
        ("STALK_MONITOR", "comments about her route, times"),
        ("RACIAL_HOSTILITY", '"slanty eyes"'),
        ("STALK_PUBLISH", "written on the thread which building she works in"),
        ("SERIOUS_IMPACT", "she has stopped cycling, now takes two buses"),
        ("SERIOUS_IMPACT", "has changed her working hours"),
        ("SERIOUS_IMPACT", "sessions with the university counselling service"),
    ],
)

case(
    163, "aggravated_stalking", "CSR",
    voice="judgment", case="mixed", noise="clean",
    pattern="ex_partner_student_racial_abuse_messages", relationship="ex_partner", occasions=15,
    text="""\
The complainant, a 23-year-old student of Ghanaian heritage, had a relationship with the appellant for about a year. After she ended it in October he sent her a stream of messages, some of them dozens in a night, alternating between declarations that he could not live without her and abuse that referred to the colour of her skin. He twice waited outside her lecture hall, and on one occasion followed her to a friend's house and sat outside in his car for two hours. He posted a picture of her on Instagram with a caption containing a racial slur. The complainant said she was "embarrassed and exhausted" but she was not frightened of him.""",
    spans=[
        ("STALK_CONTACT", "sent her a stream of messages"),
        ("REPETITION", "some of them dozens in a night"),
        ("FIXATION", "declarations that he could not live without her"),
        ("RACIAL_HOSTILITY", "abuse that referred to the colour of her skin"),
        ("STALK_LOITER", "twice waited outside her lecture hall"),
        ("STALK_FOLLOW", "followed her to a friend's house"),
        ("STALK_LOITER", "sat outside in his car for two hours"),
        ("STALK_PUBLISH", "posted a picture of her on Instagram"),
        ("RACIAL_HOSTILITY", "a caption containing a racial slur"),
        ("DISTRESS", '"embarrassed and exhausted"'),
    ],
)

case(
    164, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev",
    pattern="customer_fixation_taxi_driver_religious", relationship="customer", occasions=15,
    text="""\
18/06 IP Nasreen AKHTAR (36), private hire driver (Swift Cars). Since April a male has booked her 11 times through the app under 6 different names, always asking for her by name (drivers can't normally be requested). During rides he asks about her husband and where she lives, and says things like "you'd look better without that thing on your head" and "your lot shouldn't be driving". Since she blocked him on the app he has been waiting at the taxi rank on Bridge St at the end of her shifts, 4 times. IP not scared of him hurting her but "it makes my skin crawl".
20/06 Swift Cars data identifies account holder - Nigel PARR, 51.""",
    spans=[
        ("STALK_CONTACT", "booked her 11 times through the app under 6 different names"),
        ("FIXATION", "always asking for her by name"),
        ("STALK_MONITOR", "asks about her husband and where she lives"),
        ("RELIGIOUS_HOSTILITY", '"you\'d look better without that thing on your head"'),
        ("RACIAL_HOSTILITY", '"your lot shouldn\'t be driving"'),
        ("UNWANTED", "she blocked him on the app"),
        ("STALK_LOITER", "waiting at the taxi rank on Bridge St at the end of her shifts"),
        ("REPETITION", "4 times"),
        ("DISTRESS", '"it makes my skin crawl"'),
    ],
)

case(
    165, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev",
    pattern="repeat_nationality_abuse_short_upper", relationship="stranger", occasions=3,
    text="""\
3RD TIME THIS MONTH SAME MALE SHOUTING "GO BACK TO ROMANIA, GYPSY" AT CLR AT HIS CAR WASH ON MILL LANE.""",
    spans=[
        ("REPETITION", "3RD TIME THIS MONTH"),
        ("RACIAL_HOSTILITY", '"GO BACK TO ROMANIA, GYPSY"'),
    ],
)

case(
    166, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="vps", case="mixed", noise="clean",
    pattern="neighbour_anti_muslim_threats_vps", relationship="neighbour", occasions=10,
    text="""\
I have had the victim personal statement scheme explained to me.

Since March my neighbour has made my life hell. He calls me a terrorist every time I go past. Twice he has said he will cut my throat, once in April in front of my children and once in June when I was putting the bins out. Both times I believed him. I have seen the news, I know what people do. I now take my children to school by car even though it is a five-minute walk, and I do not put the bins out any more, my husband does it. I cannot sleep until I have checked the locks three times. I feel like a prisoner in my own home because of my hijab.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "He calls me a terrorist every time I go past"),
        ("THREAT_VIOLENCE", "Twice he has said he will cut my throat"),
        ("FEAR_OF_VIOLENCE", "Both times I believed him"),
        ("SERIOUS_IMPACT", "I now take my children to school by car"),
        ("SERIOUS_IMPACT", "I do not put the bins out any more"),
        ("DISTRESS", "I cannot sleep until I have checked the locks three times"),
    ],
)

case(
    167, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="neighbour_cat_dispute_victim_says_stalked", relationship="neighbour", occasions=21,
    text="""\
Crime summary. IP Mrs Gillian TATE (58). SUSP Craig ELLIS (44), neighbour two doors down, who says IP's cat uses his garden as a toilet. Between 02/06 and 24/06 SUSP has put 7 notes through IP's door ("keep your f***ing cat in or else"), sent 12 texts calling her a "mad cat woman" and a "disgusting old hag", and on 2 occasions thrown cat faeces over her fence onto her patio. IP says she is upset and "on edge"; she says she feels "stalked" in her own home. SUSP has made no threats about IP herself - IP took "or else" as being about the cat.""",
    spans=[
        ("REPETITION", "Between 02/06 and 24/06"),
        ("STALK_CONTACT", "put 7 notes through IP's door"),
        ("STALK_CONTACT", "sent 12 texts"),
        ("REPETITION", "on 2 occasions"),
        ("STALK_PROPERTY", "thrown cat faeces over her fence onto her patio"),
        ("DISTRESS", 'she is upset and "on edge"'),
    ],
)

case(
    168, "harassment_fear_of_violence", "CFD",
    voice="call_log", case="upper", noise="abbrev",
    pattern="colleague_threats_at_home_operator_thought_mutual", relationship="colleague", occasions=2,
    text="""\
1922 CLR MR ASHLEY BRIGGS STATES WORK COLLEAGUE (LEE NASH) HAS TURNED UP AT HIS HOUSE FOR 2ND TIME THIS WEEK AND SAID "YOU'RE GETTING YOUR HEAD KICKED IN" OVER A DISPUTE ABOUT SHIFTS. OPERATOR NOTE: SOUNDS LIKE ARGUMENT BETWEEN THE TWO.
1940 PC 4421 ON SCENE: NOT MUTUAL - CLR HAS NOT CONTACTED NASH AT ALL, NASH CAME TO HIS DOOR MON AND TODAY, SAME THREAT BOTH TIMES. CLR SAYS HE WAS SCARED BOTH TIMES, BELIEVES NASH WILL ATTACK HIM AT WORK. CLR HAS BOOKED LEAVE.""",
    spans=[
        ("STALK_TURN_UP", "TURNED UP AT HIS HOUSE"),
        ("REPETITION", "2ND TIME THIS WEEK"),
        ("THREAT_VIOLENCE", '"YOU\'RE GETTING YOUR HEAD KICKED IN"'),
        ("REPETITION", "SAME THREAT BOTH TIMES"),
        ("FEAR_OF_VIOLENCE", "CLR SAYS HE WAS SCARED BOTH TIMES"),
        ("FEAR_OF_VIOLENCE", "BELIEVES NASH WILL ATTACK HIM AT WORK"),
        ("SERIOUS_IMPACT", "CLR HAS BOOKED LEAVE"),
    ],
)

case(
    169, "stalking_fear_alarm_distress", "CSFD",
    voice="updates", case="mixed", noise="abbrev",
    pattern="threat_dropped_in_transfer_summary_bundle", relationship="ex_partner", occasions=12,
    text="""\
999 CALL - TRANSCRIPT SUMMARY (call handler 5530)
2231 Female caller, very distressed, gives name as Shona McKAY, 29, 14 Rydal Place. Says ex-partner Darren CARVER has just rung her and said he is on his way and will kill her when he gets there - "he said he'd stab me, he said tonight's the night". They split in March. She says he has been outside the house "loads of times" and she is frightened. Caller says she has called before but "nothing happens". Line quality poor, caller crying.
2233 Call transferred to neighbouring force control room as caller's address is on the force boundary.

RECEIVING FORCE LOG 0981
2236 Transfer from neighbouring force: female at 14 Rydal Place reports ex-partner coming round to the address, possible domestic. Previous calls. Grade: G2.
2250 No resources available - held.
2304 Unit assigned.
2331 Unit O/S. Caller safe, ex not present. Caller states he rang at about 2225 and "said he was going to stab me". She believes he will. Officer notes: caller shaking, says he has parked on the road outside "three or four times a week" since April and texted her "i see your light on" on several nights. Also on 2 June he grabbed her arm outside the Spar and said "you'll be the one that ends up hurt". She says she was scared then and has been scared since. She has screenshots of about 200 messages since April, some pleading, some abusive. DASH 18 yes HIGH.
2340 Upgrade requested - threat to kill omitted from transfer summary. Sgt informed.
0214 CARVER located at his mother's address, arrested.

SGT REVIEW 02/07 (Sgt 3190)
Two learning points. 1. The transfer summary left out the threat to stab, which the caller gave in terms; grading as G2 on that summary delayed the response by nearly an hour. Flag for control room training and feed back to the neighbouring force. 2. This is not a one-off domestic: the victim describes a pattern since April (parking outside, texts that show he is watching the house, an approach at the Spar with a threat, tonight's threat). Crime to cover the whole period, not just tonight. The victim has moved to her mother's address in Kendal and has not returned to work. CARVER remanded. MARAC referral done. SPO to be sought. OIC to obtain the Spar CCTV for 02/06 before it is overwritten and to complete a full statement with the victim, including the earlier calls she says she made.""",
    spans=[
        ("THREAT_VIOLENCE", "he is on his way and will kill her when he gets there"),
        ("THREAT_VIOLENCE", '"he said he\'d stab me, he said tonight\'s the night"'),
        ("STALK_LOITER", 'has been outside the house "loads of times"'),
        ("FEAR_OF_VIOLENCE", "she is frightened"),
        ("FEAR_OF_VIOLENCE", "She believes he will"),
        ("DISTRESS", "caller shaking"),
        ("STALK_LOITER", "parked on the road outside"),
        ("REPETITION", '"three or four times a week" since April'),
        ("STALK_MONITOR", 'texted her "i see your light on"'),
        ("THREAT_VIOLENCE", '"you\'ll be the one that ends up hurt"'),
        ("FEAR_OF_VIOLENCE", "she was scared then and has been scared since"),
        ("STALK_CONTACT", "about 200 messages since April"),
        ("SERIOUS_IMPACT", "moved to her mother's address in Kendal"),
        ("SERIOUS_IMPACT", "has not returned to work"),
    ],
)

case(
    170, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean",
    pattern="male_victim_female_colleague_serious_impact", relationship="colleague", occasions=12,
    text="""\
I was asked to say how this has affected me.

I worked with Rebecca for two years at the council offices. We were friends, nothing more. After I got engaged last year she started turning up wherever I was - the gym, my five-a-side, the pub where I watch the football. She sent my fiancée messages saying I had been sleeping with her, which is a lie, and created an email account in my name to write to my manager. She knew where I'd been on holiday before I posted anything.

People think a man can't be frightened by a woman and I have had people laugh at me. I am not frightened she will hurt me. But I left my job in March because I could not face seeing her in the office. I don't play football any more. We postponed our wedding because she had found out the venue. I have been on medication for anxiety since January and I have lost a stone and a half.""",
    spans=[
        ("STALK_TURN_UP", "started turning up wherever I was"),
        ("STALK_PUBLISH", "sent my fiancée messages saying I had been sleeping with her"),
        ("STALK_PUBLISH", "created an email account in my name to write to my manager"),
        ("STALK_MONITOR", "She knew where I'd been on holiday before I posted anything"),
        ("SERIOUS_IMPACT", "I left my job in March"),
        ("SERIOUS_IMPACT", "I don't play football any more"),
        ("SERIOUS_IMPACT", "We postponed our wedding"),
        ("STALK_MONITOR", "she had found out the venue"),
        ("SERIOUS_IMPACT", "on medication for anxiety since January"),
        ("DISTRESS", "I have lost a stone and a half"),
    ],
)

case(
    171, "no_offence", "",
    voice="crime_summary", case="mixed", noise="abbrev",
    pattern="single_order_breach_polite", relationship="ex_partner", occasions=1,
    text="""\
Breach of NMO - IP's ex-husband Mark TIERNEY attended IP's address once on 03/03 at 1700 to return their son's school bag, knocked, left it on the step and walked off when IP opened the window. NMO (made 10/01) prohibits attending the address. No other contact since the order. IP wants it recorded but says he was "polite". Breach recorded; SUSP to be spoken to.""",
    spans=[
        ("STALK_TURN_UP", "attended IP's address once on 03/03 at 1700"),
    ],
)

case(
    172, "no_offence", "",
    voice="result_note", case="mixed", noise="clean",
    pattern="single_message_threat_to_relative", relationship="stranger", occasions=1,
    text="""\
IP (Leah CONWAY) received one Facebook message on 11/11 from an account named "Jay Dee" saying her brother "is getting stabbed when he's out of jail". IP not in fear for herself; brother is in HMP Durham and has been informed via prison liaison. No previous messages, nothing since. Passed to intel.""",
    spans=[
        ("STALK_CONTACT", "received one Facebook message on 11/11"),
    ],
)

case(
    173, "no_offence", "",
    voice="judgment", case="mixed", noise="clean",
    pattern="mutual_rows_volatile_cohabiting_judgment_long", relationship="partner", occasions=6,
    text="""\
JUDGMENT (extract) - appeal against conviction

1. The appellant and the complainant were both serving police officers. They met on a training course in 2019, began a relationship in the spring of 2020 and from October 2020 lived together in a flat in Harrowgate Road which they had bought jointly. The relationship ended in August 2022. The prosecution case was that during its last eleven months the appellant pursued a course of conduct which amounted to harassment of the complainant.

2. Six incidents were relied on. In November 2021, after a work party, there was an argument in the car in which both raised their voices and the appellant punched the dashboard. In December there was a row about money in which the complainant threw a glass at the wall and the appellant called her "a spoilt child". In February 2022, after the complainant had gone out without telling him, the appellant sent her a number of texts asking where she was; she replied in terms the judge described as "giving as good as she got". In April there was an argument about the appellant's mother in which each accused the other of being controlling, and the complainant left to stay with a friend for two nights, returning of her own accord. In June the appellant took the complainant's car keys during an argument to stop her driving after drinking, and returned them the next morning. In July there was a further argument, again in the car, after which the appellant slept at his brother's for a week before moving back in.

3. Between and around these incidents the couple lived an ordinary shared life. They went on holiday to Portugal in May 2022 and the complainant posted photographs of it on social media with affectionate captions. They attended a colleague's wedding together in June. There were periods, the complainant accepted in cross-examination, of several weeks at a time during which they were "really happy".

4. The complainant described herself as upset and at times frightened during the arguments, though she did not suggest that she feared the appellant would use violence against her, and no violence was alleged beyond the punched dashboard and the broken glass, which was hers.

5. We have considered the authorities, and in particular the requirement that the conduct be targeted at the complainant, oppressive and unacceptable, rather than the ordinary if unattractive ups and downs of a volatile relationship in which both parties took part. In our judgment the six incidents, spread over eleven months of a relationship that otherwise continued and in which the complainant was an equal participant in most of the arguments, were not capable of meeting that threshold. Each was a domestic row of a kind that is, regrettably, common. None was one-sided, and the intervals between them, together with the continuing and at times happy cohabitation, break any suggested connection between them.

6. The appeal is allowed and the conviction quashed. Nothing in this judgment is intended to minimise the distress the end of the relationship caused to both parties, each of whom has since left the force.""",
    spans=[
        ("DISTRESS", "upset and at times frightened during the arguments"),
    ],
)

case(
    174, "harassment", "C",
    voice="mo_field", case="mixed", noise="abbrev",
    pattern="property_damage_notes_shortest", relationship="neighbour", occasions=4,
    text="""\
Neighbour's son keyed IP's car again - 4th time since May. Also abusive notes. IP fed up.""",
    spans=[
        ("STALK_PROPERTY", "keyed IP's car again"),
        ("REPETITION", "4th time since May"),
        ("STALK_CONTACT", "abusive notes"),
        ("DISTRESS", "IP fed up"),
    ],
)
