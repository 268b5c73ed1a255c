# ruff: noqa: E501
"""Hand-written narratives, writer e: DASH risk notes and pocket notebook entries."""

from corpora.handwritten import case

case(
    1, "stalking_fear_alarm_distress", "CSD",
    voice="dash_note", case="mixed", noise="abbrev", batch="e",
    pattern="ex_partner_van_outside_victim_moved_to_mothers", relationship="ex_partner", occasions=6,
    text="""\
DASH completed w/ IP Chantelle OKAFOR at her mother's address (Flat 3, Ellerby Court) 14/02 approx 1930hrs, IP v tearful throughout, had to stop twice. Children (4 and 7) in other room w/ grandmother.
Susp: Dean BRIGGS 36yrs, ex-p/ner, together 9 yrs, sep'd Nov last yr. Not on PNC for violence, 1 x drink drive 2019.
Q1 injuries - NO
Q2 very frightened - IP says "not of him hitting me, he never has, it's that he won't stop". Answered NO.
Q3 what are you afraid of - that he will keep coming and she'll never get her life back
Q8 constantly texting/calling/following - YES -> S-DASH
S-DASH:
 - visits more than 3x a week: YES. At the house on Laurel Rd 4 times last week alone. Knocks then goes and sits in his van outside (white Transit, VRM part only YK6?)
 - loitering: yes as above, also seen in Aldi car park when she finished shift, IP thinks he knows her rota
 - damage to property: unsure. wing mirror snapped 09/02, no witnesses
 - threats: no
 - others recruited: his sister has messaged IP on FB asking her to "give him another chance"
IP has told him repeatedly it is over and blocked him on WhatsApp, he now phones from withheld numbers most nights between 2300-0100. Says they are getting back together whether she likes it or not.
Impact: IP has moved out of her own home and is staying here w/ mum since 10/02. Has taken unpaid leave from work as she can't face the car park. Not eating properly per mum.
Total YES 9. Grade MEDIUM. Professional judgement considered re high - not met at present, no violence hx, but escalating freq so review in 7 days. IDVA referral made (consent given). Ring doorbell advice, 999 marker on Laurel Rd address.""",
    spans=[
        ("DISTRESS", "IP v tearful throughout"),
        ("STALK_TURN_UP", "At the house on Laurel Rd"),
        ("REPETITION", "4 times last week alone"),
        ("STALK_LOITER", "sits in his van outside"),
        ("STALK_LOITER", "seen in Aldi car park when she finished shift"),
        ("FIXATION", "IP thinks he knows her rota"),
        ("STALK_CONTACT", "his sister has messaged IP on FB"),
        ("UNWANTED", "IP has told him repeatedly it is over and blocked him on WhatsApp"),
        ("STALK_CONTACT", "phones from withheld numbers most nights"),
        ("FIXATION", "Says they are getting back together whether she likes it or not"),
        ("SERIOUS_IMPACT", "has moved out of her own home"),
        ("SERIOUS_IMPACT", "Has taken unpaid leave from work"),
        ("ESCALATION", "escalating freq"),
    ],
)

case(
    2, "no_offence", "",
    voice="notebook", case="mixed", noise="abbrev", batch="e",
    pattern="single_threat_to_shop_worker_refused_sale", relationship="customer", occasions=1,
    text="""\
SATURDAY 08 MARCH 2025
1512 Atd Marsh Lane Stores, Brierfield w/ PC 4471 HUSSEY re male threatening staff. Male left prior to arrival. ASNT.
1520 Spoke to IP Gurpreet SANGHA (22) shop asst. States male approx 40 IC1, grey trackies, refused sale of cider as no ID. Male has leant over counter and said "I'LL WAIT FOR YOU AFTER YOUR SHIFT AND SMASH YOUR FACE IN". IP shaken, says she is scared he'll be outside when she locks up tonight. Has never seen him before. No previous incidents at shop per manager Mr Tomasz WOJCIK.
1534 CCTV viewed, good image of male, manager to download. Ex ref TW/1.
1540 Manager to close up with IP tonight, lift home arranged. Crime to be raised, public order. Words in PNB read back to IP who agrees.""",
    spans=[
        ("THREAT_VIOLENCE", "I'LL WAIT FOR YOU AFTER YOUR SHIFT AND SMASH YOUR FACE IN"),
        ("DISTRESS", "IP shaken"),
        ("FEAR_OF_VIOLENCE", "she is scared he'll be outside when she locks up tonight"),
    ],
)

case(
    3, "harassment", "C",
    voice="notebook", case="mixed", noise="abbrev", batch="e",
    pattern="neighbour_repeated_verbal_abuse_over_parking", relationship="neighbour", occasions=4,
    text="""\
Tues 22/07
0945 Atd 14 Kestrel Way, Hednesford. IP Mr Alan PRITCHARD (67). Spoke at door, then inside. Wife Maureen present.
IP states neighbour at no.16, Ryan COLLIER (approx 30s) has been shouting abuse at him every time he goes to his car. Started after a row over the shared drive in June (IP accepts he "had a go" first time).
Since then:
 - 28/06 COLLIER called him "A SAD OLD C***" in front of grandkids
 - 05/07 same again plus spat on the ground near IP
 - 19/07 shouted "NOBODY WANTS YOU HERE, DROP DEAD" from his window
 - 21/07 put note thru door calling IP "CURTAIN TWITCHING SCUM"
IP not afraid of him, "he's all mouth", but is fed up and upset, wife says he's not sleeping well. No threats of violence. No damage.
Note seized - exhibit AP/1, bagged.
1030 No.16 - no reply. Card left.
1115 TT COLLIER mobile, no ans, VM left to call back. To update OIC.""",
    spans=[
        ("UNWANTED", "has been shouting abuse at him every time he goes to his car"),
        ("UNWANTED", "called him \"A SAD OLD C***\" in front of grandkids"),
        ("REPETITION", "same again plus spat on the ground near IP"),
        ("UNWANTED", "shouted \"NOBODY WANTS YOU HERE, DROP DEAD\" from his window"),
        ("UNWANTED", "put note thru door calling IP \"CURTAIN TWITCHING SCUM\""),
        ("DISTRESS", "is fed up and upset"),
        ("DISTRESS", "he's not sleeping well"),
    ],
)

case(
    4, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="clean", batch="e",
    pattern="neighbour_filming_polish_family_follows_to_bus_stop", relationship="neighbour", occasions=5,
    text="""\
S-DASH (non-domestic) completed by PC 2290 Leighton over the phone with victim Agnieszka NOWAK, 31, of 7 Brambling Close. Interpreter not required.
1. Are you very frightened? No - "angry more than anything, he's a coward".
2. Previous stalking or harassment by this person? Yes. Suspect is the man at no. 9, Keith DAWES, 58.
3. Has he destroyed or vandalised your property? No.
4. Does he visit/turn up more than three times a week? He doesn't need to, he lives next door. He stands at his front window filming us on his phone whenever we come and go, most days for about a month. Also took photos of the children in the garden over the fence on 2 May.
5. Loitering? Yes - on 6 May and 9 May he walked behind her to the bus stop on Fenn Road and stood there without getting on a bus, then walked back.
6. Threats? None.
7. Others harassed? Her husband Piotr. On 9 May DAWES shouted "go back to Poland, you lot are ruining this street" at both of them.
8. Others recruited? Not known.
Victim says the family will not be moving and she is not changing anything, wants him "told". Nothing further.
Grade: STANDARD. Not DA so no MARAC. Refer to neighbourhood team, hate crime flag on both addresses. Request council CCTV on Fenn Rd.""",
    spans=[
        ("STALK_WATCH", "stands at his front window filming us on his phone"),
        ("REPETITION", "most days for about a month"),
        ("STALK_WATCH", "took photos of the children in the garden over the fence"),
        ("STALK_FOLLOW", "he walked behind her to the bus stop on Fenn Road"),
        ("STALK_LOITER", "stood there without getting on a bus"),
        ("RACIAL_HOSTILITY", "go back to Poland, you lot are ruining this street"),
    ],
)

case(
    5, "harassment_fear_of_violence", "CF",
    voice="dash_note", case="mixed", noise="abbrev", batch="e",
    pattern="adult_son_repeated_threats_to_stab_mother_over_money", relationship="family", occasions=3,
    text="""\
DASH - IP Mrs Bernadette QUINN (61), susp is her son Liam QUINN (27) who lives at the address (back bedroom). Completed at Holloway Rd 19/09 2140.
Currently injured? No.
Very frightened? YES - "I'm frightened of my own son, I think one day he will actually do it".
What of? Being stabbed. He has said on 3 occasions this month that he will "put a knife in" her if she doesn't give him money - 02/09, 11/09 and tonight. Tonight he had a kitchen knife in his hand while saying it, put it down when her neighbour knocked.
After 11/09 she slept w/ a chair against her bedroom door, she was scared he would come in and hurt her.
Is the abuse getting worse? YES, used to just shout.
Drugs/alcohol? YES - cocaine, believed daily.
Financial issues? Yes, he has no income, she gives him £50 most days.
Separated/trying to separate? N/A.
Children? No.
Total 12 yes. Grade MEDIUM - high considered, IP declined MARAC consent, will submit on prof judgement as knife present tonight. Susp arrested 2205 (threats/poss. offensive weapon), DP in custody. Bail conds to be requested: not to attend Holloway Rd.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "I think one day he will actually do it"),
        ("REPETITION", "on 3 occasions this month"),
        ("THREAT_VIOLENCE", "he will \"put a knife in\" her if she doesn't give him money"),
        ("THREAT_VIOLENCE", "had a kitchen knife in his hand while saying it"),
        ("FEAR_OF_VIOLENCE", "she was scared he would come in and hurt her"),
        ("ESCALATION", "used to just shout"),
    ],
)

case(
    6, "stalking", "CS",
    voice="notebook", case="mixed", noise="abbrev", batch="e",
    pattern="gym_acquaintance_leaves_notes_on_car_and_waits", relationship="acquaintance", occasions=4,
    text="""\
WEDS 12/11/25
1805 Front counter, Wythenshawe. IP Ms Joanna FERREIRA walked in.
Male known to IP only as "Gaz" from Pure Fit gym on Sale Rd. Spoke to him a couple of times about the rowing machines. Since approx mid Oct:
 - notes left under her windscreen wiper x3 in gym car park, latest says "YOU LOOKED SAD TODAY, I CAN MAKE YOU SMILE"
 - was stood by her car when she came out on 07/11, 2130hrs, asked her out, she said no, she has a bf
 - 10/11 he turned up at the Co-op where she works on Palatine Rd, didn't buy anything, just said hello and left
IP: "he's not threatening, he's just everywhere". Not scared but finds it weird and wants it stopped. Has asked gym manager to speak to him. Notes retained by IP - will bring in. 
1820 Advised re: diary, keep notes, 999 if he approaches. Crime ref to follow. Gym to provide membership details of "Gaz" (poss Gareth).""",
    spans=[
        ("STALK_GIFTS", "notes left under her windscreen wiper x3"),
        ("FIXATION", "YOU LOOKED SAD TODAY, I CAN MAKE YOU SMILE"),
        ("STALK_LOITER", "was stood by her car when she came out"),
        ("UNWANTED", "she said no, she has a bf"),
        ("STALK_TURN_UP", "he turned up at the Co-op where she works"),
        ("FIXATION", "he's just everywhere"),
    ],
)

case(
    7, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="typos", batch="e",
    pattern="colleague_religious_and_racial_jibes_in_warehouse", relationship="colleague", occasions=4,
    text="""\
IP Imran BHATTI (34) works nights as a picker at the Kinley Logistics warehouse, Junction 28 Ind Est. He reports that a collegue, Shane HOLROYD, has made a series of remarks to him over about six weeks since HOLROYD was moved onto his section.
IP states on his first shift with him HOLROYD asked whether he was "going off to blow something up" when IP went to pray on his break. The following week HOLROYD called him a "p***" in the canteen, witnessed by W1 Donna REECE. On two later occassions HOLROYD has put a strip of bacon in IP's locker and said loudly "thats your lot sorted".
IP states he has reported it to his team leader who moved him to a different aisle but they still share the canteen. IP says it makes him dread going in and he feels humiliated, no threats of violence made and he is not scared of HOLROYD.
MG11 to be obtained from W1. Employer HR have been contacted for there grievance record. Suspect not yet spoken to.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "asked whether he was \"going off to blow something up\" when IP went to pray"),
        ("RACIAL_HOSTILITY", "called him a \"p***\" in the canteen"),
        ("REPETITION", "On two later occassions"),
        ("RELIGIOUS_HOSTILITY", "put a strip of bacon in IP's locker"),
        ("DISTRESS", "makes him dread going in and he feels humiliated"),
    ],
)

case(
    8, "no_offence", "",
    voice="dash_note", case="lower", noise="abbrev", batch="e",
    pattern="mutual_row_cohabiting_couple_both_abusive", relationship="partner", occasions=1,
    text="""\
dash - standard. 3 yes.
parties: kayleigh VARLEY (25) and partner kieran ASHWORTH (26), cohabiting 2 yrs flat 12b marlowe house. neighbour called re shouting 0115.
both spoken to seperately. both state verbal argument re money/his gambling, both admit shouting and swearing at each other, kayleigh threw a cushion, kieran punched the wardrobe door (own property). no injuries either party. no allegation of assault from either.
q: frightened? "no, we just argue, it's both of us"
q: abuse getting worse? no
q: has he ever threatened you? no
q: controlling re money/friends? no - joint account, both happy
no previous DA calls to address, checked.
kieran agreed to go to his brother's for the night. advice given to both. safeguarding - no kids. nfa.""",
    spans=[],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="dash_note", case="mixed", noise="abbrev", batch="e",
    pattern="ex_partner_racial_abuse_turning_up_threats_dash_high", relationship="ex_partner", occasions=6,
    text="""\
RISK ASSESSMENT (DASH) - HIGH - MARAC referral submitted 03/04.
Victim: Folasade ADEYEMI-CLARKE, 29. Perp: Craig LOMAX, 33, ex-boyfriend, relationship ended Jan after 18 months (not cohabiting).
Summary of answers (17 yes):
- Frightened: yes, "terrified, I think he's going to hurt me badly before this is over". Q3 - afraid of being attacked at home.
- Isolated from friends/family: no
- Depressed/suicidal: low mood, under GP
- Separation: yes Jan
- Conflict over child contact: n/a
- Constantly texts/calls/follows: YES. 40+ msgs a day at peak, blocked on all apps, now uses new numbers. Msgs incl "ur nothing without me u monkey", "go back to africa where u belong" and "ill find u and cut that face". 
- Pregnant: no
- Abuse happening more often/getting worse: yes, texts Feb, turning up at her flat from March. Was outside her block on Stanier St 3 x last week, banged on the door 28/03 at 0200 and said "open it or I'll kick it in and you with it". V says she was shaking and hid in the bathroom and rang 999.
- Threatened to kill: yes (see above, 28/03 also said "you're dead")
- Weapons: not known
- Previous criminal hx: ABH 2017 on ex-partner (PNC)
Victim spoke to IDVA Rachel OWUSU who will attend MARAC. Target hardening requested (locks/window alarms). She is too scared to stay there alone so her cousin is staying. Racially aggravated elements noted - hate crime flag applied. OIC PC 1198 Drummond.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "I think he's going to hurt me badly before this is over"),
        ("FEAR_OF_VIOLENCE", "afraid of being attacked at home"),
        ("STALK_CONTACT", "40+ msgs a day at peak"),
        ("UNWANTED", "blocked on all apps"),
        ("STALK_CONTACT", "now uses new numbers"),
        ("RACIAL_HOSTILITY", "ur nothing without me u monkey"),
        ("RACIAL_HOSTILITY", "go back to africa where u belong"),
        ("THREAT_VIOLENCE", "ill find u and cut that face"),
        ("ESCALATION", "texts Feb, turning up at her flat from March"),
        ("STALK_LOITER", "outside her block on Stanier St 3 x last week"),
        ("STALK_TURN_UP", "banged on the door 28/03 at 0200"),
        ("THREAT_VIOLENCE", "open it or I'll kick it in and you with it"),
        ("FEAR_OF_VIOLENCE", "she was shaking and hid in the bathroom and rang 999"),
        ("THREAT_VIOLENCE", "you're dead"),
        ("FEAR_OF_VIOLENCE", "too scared to stay there alone"),
    ],
)

case(
    10, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="mixed", noise="abbrev", batch="e",
    pattern="neighbours_son_threats_and_anti_sikh_abuse", relationship="neighbour", occasions=3,
    text="""\
FRI 17 OCT 2025
1930 Atd 41 Maple Grove, Tividale. Mr Jaswinder SAHOTA (52) and wife. Calm but clearly nervous, curtains drawn, kept checking window.
Reports male from no. 46 - Connor BEVAN, 19 - has on three occ since end Sept shouted at him in street:
 29/09 approx 1800 - "TAKE THAT TEA TOWEL OFF YOUR HEAD OR I'LL RIP IT OFF" 
 06/10 - "F*** OFF BACK HOME, I'LL BURN YOUR HOUSE DOWN WITH YOU IN IT"
 today 1850 - followed by stepping up close, fist raised, "YOU'RE NEXT OLD MAN"
Mr S: "after the burning comment I could not sleep, I thought he would really set fire to us". Today he thought he was going to be punched and ran inside. Wife confirms.
Mr S wears turban, BEVAN's remarks taken as directed at it and his Sikh faith. Both adamant not a row between them - "I have never said one word to him".
2000 No.46 - BEVAN not in, mother says he's at his gf's. Informed he must contact police. 
2010 Hate crime log, OIC to be allocated. Door-to-door tomorrow, ring cam at no.39 may cover.""",
    spans=[
        ("DISTRESS", "clearly nervous, curtains drawn, kept checking window"),
        ("REPETITION", "on three occ since end Sept"),
        ("RELIGIOUS_HOSTILITY", "TAKE THAT TEA TOWEL OFF YOUR HEAD"),
        ("THREAT_VIOLENCE", "OR I'LL RIP IT OFF"),
        ("RACIAL_HOSTILITY", "F*** OFF BACK HOME"),
        ("THREAT_VIOLENCE", "I'LL BURN YOUR HOUSE DOWN WITH YOU IN IT"),
        ("THREAT_VIOLENCE", "fist raised, \"YOU'RE NEXT OLD MAN\""),
        ("FEAR_OF_VIOLENCE", "I thought he would really set fire to us"),
        ("FEAR_OF_VIOLENCE", "he thought he was going to be punched and ran inside"),
    ],
)

case(
    11, "stalking", "CS",
    voice="dash_note", case="mixed", noise="heavy", batch="e",
    pattern="ex_partner_pleading_messages_via_friends_after_block", relationship="ex_partner", occasions=8,
    text="""\
DASH std 4/27. IP Ellie MARSDEN 23 / ex bf Josh TREACY 24, sep 6 wks ago, his choice origionally then hers.
q1 inj n. q2 frightnd N "hes not like that hes just sad". q8 YES - msgs daily since split, "i cant live without u", "ur the only one who gets me", "just 5 mins to talk plz". ip blocked him on snap + insta 2/3 wks ago then he made new acc "josh_t_2" and carried on. also got her mate Tia to pass on a letter at college, ip didnt read it gave it to us (exhibt ref PC/ELM/1). also asked her mum on fb if ip is seeing someone else.
no threats, no follwing, hasnt been to addy. q abuse worse - not really, same amount.
ip wants him warned off, not really arrest. no impact on routine, still goin to college. advice re evidence + blocking, screenshots taken on BWV.
grade STANDARD. no children. no hx on PNC either party.""",
    spans=[
        ("STALK_CONTACT", "msgs daily since split"),
        ("FIXATION", "i cant live without u"),
        ("FIXATION", "ur the only one who gets me"),
        ("UNWANTED", "ip blocked him on snap + insta"),
        ("STALK_CONTACT", "he made new acc \"josh_t_2\" and carried on"),
        ("STALK_CONTACT", "got her mate Tia to pass on a letter at college"),
        ("STALK_MONITOR", "asked her mum on fb if ip is seeing someone else"),
    ],
)

case(
    12, "stalking_fear_alarm_distress", "CSF",
    voice="notebook", case="mixed", noise="abbrev", batch="e",
    pattern="ex_husband_gps_tracker_found_under_car", relationship="ex_partner", occasions=4,
    text="""\
Monday 03/03/2025
1410 Kwik Fit, Carlton Rd, Nottm. Called by IP Mrs Sunita PAREKH. Mechanic (Marcus SHAW) found small black box magnet-fixed inside rear bumper of IP's Corsa during tyre change. Appears to be GPS tracker, SIM slot, no branding. Seized - exhibit DRH/1. Photos taken.
1425 IP states ex-husband Vikram PAREKH (44) "always knows where I am". Divorce final Nov. Since Jan he has:
 - appeared at her sister's in Beeston the one time she went there unannounced
 - sent msg "enjoy your swim?" the evening she first went to a new pool
 - parked up behind her at Asda Bulwell on 22/02, sat in car until she left
IP says he told her in Dec "if I can't have you nobody will, remember that". Since then she has been terrified he will attack her; she was physically sick in the car park on 22/02 and said she thought he was going to drag her into his car.
IP v distressed today, shaking. Says she now knows how he does it.
1450 Advised re safety, she is going to her sister's. DASH to be done at 1800 by DA team (booked). Tracker to digital forensics. VIKRAM not yet contacted.""",
    spans=[
        ("STALK_MONITOR", "Appears to be GPS tracker"),
        ("FIXATION", "always knows where I am"),
        ("STALK_TURN_UP", "appeared at her sister's in Beeston the one time she went there unannounced"),
        ("STALK_MONITOR", "sent msg \"enjoy your swim?\" the evening she first went to a new pool"),
        ("STALK_LOITER", "parked up behind her at Asda Bulwell on 22/02, sat in car until she left"),
        ("THREAT_VIOLENCE", "if I can't have you nobody will, remember that"),
        ("FEAR_OF_VIOLENCE", "she has been terrified he will attack her"),
        ("FEAR_OF_VIOLENCE", "she thought he was going to drag her into his car"),
        ("DISTRESS", "IP v distressed today, shaking"),
    ],
)

case(
    13, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="e",
    pattern="unhappy_customer_abusive_messages_to_builder", relationship="business", occasions=5,
    text="""\
UPDATE 1 - 04/06 PC 3382 FLETT
I have spoken to the IP Mr Daniel ACHTERBERG (sole trader, DA Roofing). He fitted a flat roof for the suspect Mrs Pauline GRAYSTON at 22 Oakleigh Rd in April. She disputes the bill. Since 12/05 she has sent him 5 voicemails and numerous texts. I have listened to 3 VMs - abusive, calls him "a thieving little rat", "a conman", says she will "make sure everyone knows what a crook you are" and "I hope you fall off your next roof". IP takes the last one as nasty rather than a threat. He has not been to the property since.
UPDATE 2 - 06/06
IP has forwarded screenshots. On 02/06 she posted a 1* review saying he is a crook, but this is about the work. IP says the constant messages are affecting him, his wife is upset, he has had to turn his phone off in the evenings.
UPDATE 3 - 09/06
Spoke to GRAYSTON by phone. Accepts sending msgs, "he deserved every word". Advised civil dispute re bill is for small claims, but the messages must stop. She became abusive to me and hung up.
UPDATE 4 - 15/06
IP reports 2 further texts on 13/06, both calling him a liar. Crime confirmed. Suspect to be interviewed VA.""",
    spans=[
        ("REPETITION", "5 voicemails and numerous texts"),
        ("UNWANTED", "calls him \"a thieving little rat\", \"a conman\""),
        ("UNWANTED", "I hope you fall off your next roof"),
        ("DISTRESS", "the constant messages are affecting him"),
        ("REPETITION", "2 further texts on 13/06, both calling him a liar"),
    ],
)

case(
    14, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="e",
    pattern="landlord_arrears_notices_and_inspection_lawful", relationship="landlord", occasions=4,
    text="""\
Result: No crime - N100 (no offence disclosed). Reviewed by DS 411 Chaudhry.
The reporting person, Mr Oluwaseun BADMUS, tenant of Flat 2, 88 Windsor Terrace, reported harassment by his landlord Mr Gerald FINNEMORE. Enquiries show the landlord has sent two letters about rent arrears of £1,860 (dated 3 and 17 February), served a section 8 notice by post on 28 February and attended once on 6 March, with 24 hours' written notice, to carry out a gas safety inspection with an engineer present. The RP accepts the landlord did not enter without notice, did not change locks and did not remove any belongings. There were no threats and no abusive language. The RP says the letters have made him anxious about losing the flat.
The correspondence is in connection with recovery of rent and possession through the courts, which is a lawful purpose, and the inspection was a statutory requirement. The RP has been signposted to Shelter and the council tenancy relations officer. No further police action.""",
    spans=[
        ("DISTRESS", "the letters have made him anxious about losing the flat"),
    ],
)

case(
    15, "harassment_fear_of_violence", "CF",
    voice="notebook", case="upper", noise="abbrev", batch="e",
    pattern="brother_in_law_threat_voicemails_over_inheritance", relationship="family", occasions=3,
    text="""\
THURS 05/06/25 1130 HRS
ATTENDED 3 ORCHARD COTTAGES, LITTLE BARFORD RE REPORT OF THREATS. IP MRS HELEN STOKES (49). BROTHER IN LAW = MARTIN STOKES (55), DISPUTE OVER HER LATE MOTHER IN LAW'S BUNGALOW. HAVE NOT SEEN EACH OTHER SINCE FUNERAL IN MARCH.
IP PLAYED ME 3 VOICEMAILS ON HER HANDSET:
 24/05 2231 - "YOU GREEDY COW, YOU'LL GET WHAT'S COMING"
 30/05 2308 - "I KNOW WHERE YOU LIVE. ONE NIGHT I'LL BE ROUND AND I'LL BATTER YOU"
 04/06 0012 - "SIGN IT OVER OR YOU'LL END UP IN A BOX LIKE HER"
IP STATES AFTER 2ND VM SHE WAS TOO FRIGHTENED TO ANSWER THE DOOR THAT WEEKEND, THOUGHT HE'D COME TO HURT HER. AFTER LAST NIGHT'S SHE SAT UP ALL NIGHT WITH LIGHTS ON, "I GENUINELY BELIEVE HE'LL DO SOMETHING TO ME". HUSBAND AWAY WORKING (OFFSHORE).
NO CONTACT OTHER THAN VMS. HAS NOT ATTENDED ADDRESS.
VMS RECORDED ON BWV. IP TO SCREENSHOT CALL LOG. 1205 LEFT. OIC TO ARRANGE STATEMENT.""",
    spans=[
        ("THREAT_VIOLENCE", "YOU'LL GET WHAT'S COMING"),
        ("THREAT_VIOLENCE", "ONE NIGHT I'LL BE ROUND AND I'LL BATTER YOU"),
        ("THREAT_VIOLENCE", "YOU'LL END UP IN A BOX LIKE HER"),
        ("FEAR_OF_VIOLENCE", "TOO FRIGHTENED TO ANSWER THE DOOR THAT WEEKEND, THOUGHT HE'D COME TO HURT HER"),
        ("FEAR_OF_VIOLENCE", "I GENUINELY BELIEVE HE'LL DO SOMETHING TO ME"),
    ],
)

case(
    16, "aggravated_stalking", "CSR",
    voice="notebook", case="mixed", noise="typos", batch="e",
    pattern="customer_fixated_on_takeaway_worker_racial_remarks", relationship="customer", occasions=5,
    text="""\
Sun 19th Jan
2250 Golden Lotus takeaway, High St, Mexborough, following call from owner. IP Mei LING WONG (26), works front counter.
IP states a regular customer (male, 50s, known as "Del", drives a red Fiesta) has become "weird" with her since before Xmas. He comes in most nights she works, orders chips, then sits in his car opposite untill she finishes. On 2 occassions he has followed her car to her home in Denaby, she saw the Fiesta turn into her road behind her and then drive off. He asks "where's your boyfriend tonight china doll" and does a slanty eye gesture at her, says "you lot are all the same, you need a proper english man".
IP not scared of him as such, owner walks her to her car, but wants it stoped. No change to her shifts.
2310 Owner provided CCTV from 11/01 and 17/01 showing male. VRM partly visible - HF?? ?? RFK. Intel sub to follow. Crime to be raised.""",
    spans=[
        ("STALK_TURN_UP", "He comes in most nights she works"),
        ("STALK_LOITER", "sits in his car opposite untill she finishes"),
        ("REPETITION", "On 2 occassions"),
        ("STALK_FOLLOW", "he has followed her car to her home in Denaby"),
        ("RACIAL_HOSTILITY", "where's your boyfriend tonight china doll"),
        ("RACIAL_HOSTILITY", "does a slanty eye gesture at her"),
        ("FIXATION", "you need a proper english man"),
    ],
)

case(
    17, "stalking_fear_alarm_distress", "CSD",
    voice="dash_note", case="mixed", noise="clean", batch="e",
    pattern="dating_app_match_one_date_turns_up_at_work_victim_changes_job", relationship="online", occasions=7,
    text="""\
S-DASH screening note, Stalking Advocacy Service referral.
Victim Hannah BRZOZOWSKI, 34, met the suspect, Oliver PENHALIGON, 38, through Hinge in August and went on one date (Pizza Express, Truro, 23/08). She messaged the next day to say she didn't want to see him again. He replied that he "felt a real connection" and would "wait as long as it takes".
Answers:
Frightened? Not of violence: "I don't think he'd hurt me. I just can't breathe."
Previous incidents? Yes - about 60 messages over September across WhatsApp, Instagram and email after each was blocked. A card and a bunch of lilies left on her doorstep 14/09; she never gave him her address.
Turns up more than 3 times a week? In the first week of October he was at the café opposite her office on Lemon St every lunchtime, watching the door. Came into reception on 08/10 asking for her by name.
Loitering / watching: see above.
Threats: none.
Third parties: contacted her brother on LinkedIn.
Impact: Hannah handed in her notice and left the job on 31/10 rather than go back to that office. She has moved her gym membership to Falmouth, changed her mobile number and has had a doorbell camera fitted. GP has prescribed sertraline.
Risk: MEDIUM. Referred to Paladin. SPO to be considered by OIC.""",
    spans=[
        ("UNWANTED", "She messaged the next day to say she didn't want to see him again"),
        ("FIXATION", "would \"wait as long as it takes\""),
        ("STALK_CONTACT", "about 60 messages over September across WhatsApp, Instagram and email after each was blocked"),
        ("STALK_GIFTS", "A card and a bunch of lilies left on her doorstep"),
        ("FIXATION", "she never gave him her address"),
        ("STALK_LOITER", "at the café opposite her office on Lemon St every lunchtime, watching the door"),
        ("STALK_TURN_UP", "Came into reception on 08/10 asking for her by name"),
        ("STALK_CONTACT", "contacted her brother on LinkedIn"),
        ("SERIOUS_IMPACT", "handed in her notice and left the job"),
        ("SERIOUS_IMPACT", "moved her gym membership to Falmouth, changed her mobile number"),
        ("SERIOUS_IMPACT", "has had a doorbell camera fitted"),
        ("SERIOUS_IMPACT", "GP has prescribed sertraline"),
    ],
)

case(
    18, "aggravated_harassment", "CR",
    voice="dash_note", case="mixed", noise="abbrev", batch="e",
    pattern="brother_in_law_mocks_convert_hijab_in_messages", relationship="family", occasions=4,
    text="""\
DASH (family) - STANDARD - 5 yes
V: Rebecca HAQUE nee MILLS (31), converted to Islam 2022, married to Khalid HAQUE. Perp = her own brother Scott MILLS (35). Not at same address.
Q2 frightened? "No, he's a keyboard warrior, he lives in Wales"
Q8 texting/calling/harassing? YES. Since her wedding pics went on FB in Aug, he has sent 4 msgs on Messenger (V showed me, screenshots taken): calling her "a traitor to her own people", "you look like a letterbox in that bin bag", "enjoy your terrorist family" and "Mum would be ashamed, you've joined the Taliban".
Q threats to kill/harm - no
Q getting worse - no, "about monthly"
V says it hurts because it's her brother, she's upset but it hasn't changed what she does. Has blocked him on Messenger, doesn't know if he'll find another way.
No children at risk. Advice re evidence. Hate crime flag. DPU to liaise w/ Dyfed-Powys re suspect interview.""",
    spans=[
        ("REPETITION", "he has sent 4 msgs on Messenger"),
        ("RELIGIOUS_HOSTILITY", "you look like a letterbox in that bin bag"),
        ("RELIGIOUS_HOSTILITY", "enjoy your terrorist family"),
        ("RELIGIOUS_HOSTILITY", "you've joined the Taliban"),
        ("REPETITION", "about monthly"),
        ("DISTRESS", "she's upset"),
        ("UNWANTED", "Has blocked him on Messenger"),
    ],
)

case(
    19, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="e",
    pattern="colleague_romantic_notes_and_car_park_waiting_no_threats", relationship="colleague", occasions=5,
    text="""\
I work as a pharmacy technician at Royal Brackley Hospital. Since about March this year a porter called Nathaniel, who I now know as Nathaniel OYELARAN-HOBBS, has been paying me attention I don't want. At first it was just chatting when he dropped off the trolleys, which was fine.
In April he started leaving things in the dispensary for me with my name on: a chocolate bar, then a small teddy, then a card that said "I see the real you even if you don't". I told him on the 28th April, in the corridor outside stores, that I was flattered but I was not interested and I asked him to stop leaving things.
He didn't. A week later there was a note in my pigeonhole saying "Give me one chance. You'll see". Since then on at least three evenings he has been standing by my car in the staff car park (level 2) when I finish at 8pm. He doesn't say anything nasty. He just says "night Grace" and watches me drive off. On the 14th May he told me he had swapped onto lates "so we can finish together".
He has never threatened me and I'm not frightened he would hurt me. I just want it to stop. I have not changed anything about how I get to work. I have told my manager Julie SEWELL.""",
    spans=[
        ("STALK_GIFTS", "leaving things in the dispensary for me with my name on"),
        ("FIXATION", "I see the real you even if you don't"),
        ("UNWANTED", "I was flattered but I was not interested and I asked him to stop leaving things"),
        ("STALK_GIFTS", "a note in my pigeonhole saying \"Give me one chance. You'll see\""),
        ("REPETITION", "on at least three evenings"),
        ("STALK_LOITER", "standing by my car in the staff car park"),
        ("STALK_WATCH", "watches me drive off"),
        ("FIXATION", "he had swapped onto lates \"so we can finish together\""),
    ],
)

case(
    20, "no_offence", "",
    voice="dash_note", case="mixed", noise="abbrev", batch="e",
    pattern="two_incidents_months_apart_reconciled_between", relationship="partner", occasions=2,
    text="""\
DASH - Standard (3 yes). Completed 21/08 0040 at 5 Coniston Walk.
IP Tanya FORSHAW (38), partner Gavin DOYLE (40), on/off 6 yrs, living together again since April.
Tonight: verbal argument after a BBQ at his cousin's, he called her "a useless fat slag" and slammed the front door. No physical. IP called police "just to get him to leave". He has gone to his mum's voluntarily.
IP mentions last time something like this was Jan, he sent her some nasty texts after they split up for a few weeks - then they got back together end of March, "we sorted it". Nothing in between. Log from Jan found, NFA'd at IP's request, no texts retained.
Q frightened - no. Q worse - no. Q separation - no, wants to stay together. Q controlling - no.
IP doesn't want anything done re tonight, alcohol on both sides. Advice given, DA leaflets, Refuge number. No children. NFA.""",
    spans=[
        ("UNWANTED", "he called her \"a useless fat slag\" and slammed the front door"),
    ],
)

case(
    21, "aggravated_harassment_fear_of_violence", "CFR",
    voice="dash_note", case="mixed", noise="abbrev", batch="e",
    pattern="husbands_uncle_threats_romanian_nationality_abuse", relationship="family", occasions=3,
    text="""\
DASH - family abuse - MEDIUM (10 yes)
Victim: Ioana CATANA-REID (30), Romanian national, lives w/ husband Stuart REID. Perp: Stuart's uncle Derek REID (61), lives 2 streets away, Hillcrest Ave.
Background: Derek objected to the marriage, has "never accepted her".
Q1 inj: no.
Q2 frightened: YES, "he looks at me like he wants to kill me". 
Q3 afraid of: being beaten when Stuart is at work.
Q threats: YES - 12/01 at family party said "Romanian gypsy thief, I'll break your legs if you take a penny of my brother's money". 25/01 on the phone: "your lot should be sent back in a cattle truck, and if I see you near the house I'll put you in hospital". 02/02 in Lidl he stood in front of her trolley and said "you're dead meat, foreigner".
After 25/01 she stopped answering the landline and kept the back door locked because she believed he'd come round and hurt her. In Lidl she says she froze, thought he was going to hit her there and then, staff helped her to her car.
Q escalation: yes, words to phone to face to face.
Q alcohol: Derek drinks heavily.
No injuries. No weapons known. Stuart supportive, will give statement re 12/01. Hate crime flag. Ref MARAC - not met, prof judgment re-review 28 days.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "he looks at me like he wants to kill me"),
        ("FEAR_OF_VIOLENCE", "being beaten when Stuart is at work"),
        ("RACIAL_HOSTILITY", "Romanian gypsy thief"),
        ("THREAT_VIOLENCE", "I'll break your legs if you take a penny"),
        ("RACIAL_HOSTILITY", "your lot should be sent back in a cattle truck"),
        ("THREAT_VIOLENCE", "if I see you near the house I'll put you in hospital"),
        ("THREAT_VIOLENCE", "you're dead meat"),
        ("RACIAL_HOSTILITY", "foreigner"),
        ("FEAR_OF_VIOLENCE", "she believed he'd come round and hurt her"),
        ("FEAR_OF_VIOLENCE", "thought he was going to hit her there and then"),
        ("ESCALATION", "words to phone to face to face"),
    ],
)

case(
    22, "harassment", "CD",
    voice="dash_note", case="lower", noise="typos", batch="e",
    pattern="adult_daughter_abusive_calls_to_mothers_workplace", relationship="family", occasions=9,
    text="""\
dash family - std - 6 yes. ip Lorraine ABERNETHY 57, susp her daughter Kirsty ABERNETHY 33 (own flat in Leith).
falling out since april over kirstys partner. since then kirsty rings ip at work at the dental surgery reception, about 8 or 9 times in may and june, shouting down the phone calling ip "a pathetic old witch", "worst mother alive", tells patients who answer that ip is a liar and a drunk. also voice notes on whatsapp saying the same. ip has not blocked as "shes still my girl".
q frightend? no. "kirsty would never lay a finger on me". no threats ever.
q worse? about same.
ip says its humiliating, her practice manager has moved her off reception onto the back office and she has taken 2 weeks off sick with stress in june, went back last mon.
no weapons, no drugs, kirsty has mental health issues (BPD per ip), no children involved.
ip wants words of advice to kirsty not prosecution. advised. no further.""",
    spans=[
        ("REPETITION", "about 8 or 9 times in may and june"),
        ("UNWANTED", "calling ip \"a pathetic old witch\", \"worst mother alive\""),
        ("UNWANTED", "tells patients who answer that ip is a liar and a drunk"),
        ("DISTRESS", "its humiliating"),
        ("SERIOUS_IMPACT", "moved her off reception onto the back office"),
        ("SERIOUS_IMPACT", "taken 2 weeks off sick with stress"),
    ],
)

case(
    23, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="notebook", case="mixed", noise="abbrev", batch="e",
    pattern="stranger_follows_hijab_wearing_woman_from_mosque", relationship="stranger", occasions=5,
    text="""\
Tues 11.02.25
1615 Atd Al-Noor Education Centre, Cheetham Hill Rd. Met IP Mrs Rukhsana MIRZA (40) + centre manager Mr AHMED.
IP attends Arabic class Mon, Tue, Thu 1300-1500. Since early Jan, a white male, 30s, beanie, black North Face, has been waiting across road by the bus shelter when she comes out - on at least 5 occasions. Twice (20/01, 06/02) he has walked behind her all the way home to Waterloo Rd, approx 15 mins. 06/02 he said "WE'LL GET YOU LOT OUT OF THIS COUNTRY, ONE BY ONE" and called her a "TERRORIST BITCH". Also left a leaflet about "Islamic invasion" in her front gate.
IP: "I don't know what he wants, how does he know which days I come". Did not say she feared attack.
Since 06/02 IP has stopped walking anywhere alone, husband drives her to/from class, she has stopped taking her youngest to the park, not slept properly, says she's "a nervous wreck".
1640 Centre has CCTV front of bldg - manager to burn 20/01 + 06/02. ASNT for male today.
1700 Hate crime report. DS informed. Poss patrols Mon/Tue/Thu 1500.""",
    spans=[
        ("STALK_LOITER", "has been waiting across road by the bus shelter when she comes out"),
        ("REPETITION", "on at least 5 occasions"),
        ("STALK_FOLLOW", "he has walked behind her all the way home to Waterloo Rd"),
        ("RACIAL_HOSTILITY", "WE'LL GET YOU LOT OUT OF THIS COUNTRY"),
        ("RELIGIOUS_HOSTILITY", "TERRORIST BITCH"),
        ("RELIGIOUS_HOSTILITY", "left a leaflet about \"Islamic invasion\" in her front gate"),
        ("FIXATION", "how does he know which days I come"),
        ("SERIOUS_IMPACT", "has stopped walking anywhere alone, husband drives her to/from class"),
        ("SERIOUS_IMPACT", "stopped taking her youngest to the park"),
        ("DISTRESS", "a nervous wreck"),
    ],
)

case(
    24, "harassment_fear_of_violence", "CF",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="e",
    pattern="former_business_partner_debt_threats_reclassified", relationship="business", occasions=3,
    text="""\
SUPERVISOR REVIEW - Sgt 1876 OGUNDIPE - 30/09
Crime initially recorded as stalking by the OIC. Having read the log and the IP's MG11 I don't agree. IP (Mr Farhan DESAI) and susp (Mr Robert KILBRIDE) ran a car valeting business together until it folded in June; KILBRIDE says he is owed £14k. Every contact is about the money. No following, no watching, no turning up at home, no sign of fixation on IP as a person - it's about the debt.
What IS there: 3 incidents of threats - 02/09 phone call "pay up or I'll have your legs done", 15/09 text "your kids won't recognise you when I'm finished", 27/09 in person at the Kwik Wash unit (IP there collecting equipment, KILBRIDE was already there) "next time I see you you're going in the canal". IP says in his MG11 that after the text he was "properly scared he'd send someone round to batter me" and after 27/09 he "genuinely thought he was going to swing for me there". That's fear on two separate occasions.
Reclassify from 8Q to PHA s.4. OIC pls: obtain phone download (consent), CCTV from the unit estate, arrest plan. Safeguarding - panic alarm offered to IP.""",
    spans=[
        ("REPETITION", "3 incidents of threats"),
        ("THREAT_VIOLENCE", "pay up or I'll have your legs done"),
        ("THREAT_VIOLENCE", "your kids won't recognise you when I'm finished"),
        ("THREAT_VIOLENCE", "next time I see you you're going in the canal"),
        ("FEAR_OF_VIOLENCE", "properly scared he'd send someone round to batter me"),
        ("FEAR_OF_VIOLENCE", "genuinely thought he was going to swing for me there"),
    ],
)

case(
    25, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="e",
    pattern="ex_wife_accesses_email_and_drives_past", relationship="ex_partner", occasions=6,
    text="""\
Risk assessment - DASH - STANDARD (6/27)
IP: Mr Peter ATHERTON-VASS, 45. Alleged: ex-wife Gemma VASS, 43, divorced 2023, 2 children (12, 15) - contact arrangements via app, working OK per IP.
IP reports since his new partner moved in (Sept):
- Gemma has been getting into his Gmail - he got security alerts from a device in Leyland 3 times, and she quoted back to him an email he'd sent his solicitor.
- she drives past the house on Millbrook Lane "several times a week", he has Ring footage of her car slowing on 4 dates in Oct.
- commented on his partner's Insta "enjoy my leftovers" and messaged the partner's sister about him.
IP: "I'm not scared of Gemma, she's 5ft 2, but it's weird and it's got to stop." Not changed routine. Changed passwords and 2FA now.
Q frightened - no. Q separation - yes 2023. Q conflict over child contact - "a bit" but IP clear the driving past etc isn't about the kids. Q threats - no. Q escalation - no.
Kids not spoken to. Children's services notification not required (std). OIC to obtain Google account activity log.""",
    spans=[
        ("STALK_MONITOR", "has been getting into his Gmail"),
        ("REPETITION", "3 times"),
        ("STALK_MONITOR", "quoted back to him an email he'd sent his solicitor"),
        ("STALK_LOITER", "she drives past the house on Millbrook Lane"),
        ("REPETITION", "\"several times a week\""),
        ("STALK_WATCH", "Ring footage of her car slowing on 4 dates in Oct"),
        ("FIXATION", "commented on his partner's Insta \"enjoy my leftovers\""),
        ("STALK_CONTACT", "messaged the partner's sister about him"),
    ],
)

case(
    26, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="e",
    pattern="vps_ex_boyfriend_moved_city_changed_job", relationship="ex_partner", occasions=10,
    text="""\
The Victim Personal Statement scheme has been explained to me and I understand this statement may be used in court.
I want the court to understand what the last year has been like. When I ended things with Aidan in the summer I thought that would be the end of it. Instead he was outside my flat most nights, he messaged me from account after account after I blocked him, he turned up at my work and at my sister's wedding. He knew where I'd been for lunch. He never hit me and I have never thought he would, but I stopped being able to live.
I have moved from Leeds to York to get away from him and had to give up my job at the university, which I loved. I now work part-time from home for less money. I don't go out in the evenings. I check the street before I open the front door and I have a camera on the landing. I have been on medication for anxiety since September and I still see a counsellor every week.
I used to run with a club on Sundays. I haven't been since March. My friends say I'm a different person. I feel like he took three years of my life.""",
    spans=[
        ("UNWANTED", "When I ended things with Aidan in the summer"),
        ("STALK_LOITER", "he was outside my flat most nights"),
        ("STALK_CONTACT", "he messaged me from account after account after I blocked him"),
        ("STALK_TURN_UP", "he turned up at my work and at my sister's wedding"),
        ("STALK_MONITOR", "He knew where I'd been for lunch"),
        ("SERIOUS_IMPACT", "I have moved from Leeds to York to get away from him"),
        ("SERIOUS_IMPACT", "had to give up my job at the university"),
        ("SERIOUS_IMPACT", "I don't go out in the evenings"),
        ("SERIOUS_IMPACT", "I have been on medication for anxiety since September"),
        ("SERIOUS_IMPACT", "I haven't been since March"),
    ],
)

case(
    27, "aggravated_harassment", "CR",
    voice="notebook", case="inconsistent", noise="abbrev", batch="e",
    pattern="regular_passenger_racially_abuses_taxi_driver", relationship="customer", occasions=3,
    text="""\
sat 26/4/25
0210 Taxi rank, Friar Gate, Derby. flagged down by IP Mr Abdirahman FARAH (41), Hackney plate 0883.
IP states passenger he's had three times now from the Silk Mill pub to Allestree - male, 40s, stocky, Rams shirt, he thinks called "Mick" - has been racially abusive each time.
 - late march, told IP "you people stink out the cab" + "go back to your boat"
 - 12/04 - called IP a "SOMALI P****" when asked for the fare, paid in the end
 - tonight - got in, recognised IP, said "NOT YOU AGAIN, f***ing refugee", then spat on the back seat and got out WITHOUT paying.
IP not scared of him - "he's drunk, he is nothing" - but angry and fed up, doesn't want to take fares from that pub now.
Dashcam in cab - IP will supply footage of 12/04 + tonight. Seat swabbed? no - IP already wiped.
0240 ASNT for male in area. Crime to be raised by me, handover to day CID.""",
    spans=[
        ("REPETITION", "three times now"),
        ("RACIAL_HOSTILITY", "you people stink out the cab"),
        ("RACIAL_HOSTILITY", "go back to your boat"),
        ("RACIAL_HOSTILITY", "called IP a \"SOMALI P****\""),
        ("RACIAL_HOSTILITY", "f***ing refugee"),
        ("UNWANTED", "spat on the back seat"),
        ("DISTRESS", "angry and fed up"),
    ],
)

case(
    28, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="e",
    pattern="single_text_after_breakup_no_further_contact", relationship="ex_partner", occasions=1,
    text="""\
CAD 2214 26/01/25
2214 CLR PRIYA VENKATESH RE EX BF RHYS DAVIES. 1 X TEXT LAST NIGHT "MISS YOU, CAN WE TALK?" CLR REPLIED NO. NOTHING SINCE, NOT BEEN TO ADDRESS. NOT CONCERNED FOR SAFETY, WANTS IT LOGGED. THRIVE LOW. ADVICE GIVEN. CLOSED.""",
    spans=[
        ("STALK_CONTACT", "1 X TEXT LAST NIGHT"),
        ("UNWANTED", "CLR REPLIED NO"),
    ],
)

case(
    29, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="typos", batch="e",
    pattern="ex_partner_fake_account_anti_traveller_slurs", relationship="ex_partner", occasions=5,
    text="""\
DASH - standard risk. Total yes = 5.
Victim Shannon McDONAGH (26), from Irish Traveller family, living in housed accomodation Wick Lane. Ex-partner Tyler GREENHALGH (28) - 14 month relationship, ended by her in Feb.
V told him she wanted no contact. Since then:
* he has set up a fake Facebook profile ("Shan Mac") using her photos and posted that she is "a thieving pikey who'd rob her own nan" - 3 friends reported it to her.
* drives slowly past her house most Friday nights, her neighbour has seen him twice parked at the end of the lane.
* messaged her cousin asking who she is seeing and saying "tell that gyppo slag I know everything she does".
V answered NO to frightened, NO to injuries, NO to threats. States "Tyler's a mouth, he wont come near my brothers". Has not changed anything she does.
Q is he obsessed with you? "yeah he cant let go".
Risk: standard. Hate crime flag (ethnicity). Facebook preservation request to be sent by OIC. Advised V re reporting the profile.""",
    spans=[
        ("UNWANTED", "V told him she wanted no contact"),
        ("STALK_PUBLISH", "set up a fake Facebook profile (\"Shan Mac\") using her photos"),
        ("RACIAL_HOSTILITY", "a thieving pikey who'd rob her own nan"),
        ("STALK_LOITER", "drives slowly past her house most Friday nights"),
        ("STALK_LOITER", "seen him twice parked at the end of the lane"),
        ("STALK_CONTACT", "messaged her cousin asking who she is seeing"),
        ("RACIAL_HOSTILITY", "tell that gyppo slag"),
        ("FIXATION", "I know everything she does"),
        ("FIXATION", "he cant let go"),
    ],
)

case(
    30, "harassment_fear_of_violence", "CF",
    voice="dash_note", case="mixed", noise="abbrev", batch="e",
    pattern="stepfather_threat_texts_to_adult_stepdaughter", relationship="family", occasions=4,
    text="""\
DASH (family) - HIGH - 15 yes. MARAC ref sent 11/12 1400.
Victim Amira HOLDEN (19), moved out of family home 01/11 to her nan's after rows w/ stepfather Wayne HOLDEN (47). Mum still lives w/ him.
Wayne is angry she "turned her mother against him" and told police about a previous incident (2023, assault on mum, NFA).
Texts (screenshotted):
 03/11 "you grassing little bitch, your card is marked"
 09/11 "when I see you im going to knock your teeth down your throat"
 10/12 "been past your nans. You'll get yours."
Also 1 call 22/11 where he said he'd "finish her" and put the phone down.
Amira: after 09/11 she was "so scared he'd hurt me I didn't go to college for 3 days". Last night after the 'past your nans' text she slept in nan's room and was "shaking, I really think he's going to do me in". Q Has he been violent before - yes to mum. Q weapons - keeps a machete in the van (per mum). Q drugs - steroids.
Grade HIGH on prof judgement + score. Immediate safeguarding: TecSOS phone, address flagged, nan aware. Arrest enquiries for Wayne.""",
    spans=[
        ("THREAT_VIOLENCE", "your card is marked"),
        ("THREAT_VIOLENCE", "im going to knock your teeth down your throat"),
        ("THREAT_VIOLENCE", "You'll get yours."),
        ("THREAT_VIOLENCE", "he'd \"finish her\""),
        ("FEAR_OF_VIOLENCE", "so scared he'd hurt me I didn't go to college for 3 days"),
        ("FEAR_OF_VIOLENCE", "I really think he's going to do me in"),
    ],
)

case(
    31, "stalking", "CS",
    voice="notebook", case="mixed", noise="abbrev", batch="e",
    pattern="nmo_breaches_turning_up_at_house", relationship="ex_partner", occasions=3,
    text="""\
Weds 09/07/25
1720 Atd 29 Sandpiper Rd, Cleethorpes. IP Kerry-Ann BOWDEN (35). Subject of NMO granted 14/05 (Grimsby FC) protecting IP - respondent ex-partner Lee FAULKNER (39). NMO seen, copy on file. Not to contact or attend Sandpiper Rd.
IP states LEE has been to the house again today approx 1640, knocked, shouted thru letterbox "I JUST WANT TO SEE THE KIDS, WE CAN SORT THIS". 3rd time since the order - previous 21/06 (log 0611) and 30/06 (log 0982), both left before police arr.
Also sent birthday card to IP 02/07 signed "yours forever L x".
IP not scared, "he's pathetic", but "sick of looking out the window". No threats made today. Kids at school at time.
1735 Door-to-door: no.31 (Mrs OKONJO) saw male matching at door 1640, will give statement.
1800 FAULKNER circ'd on PNC - breach NMO. Log 1477 refs.""",
    spans=[
        ("STALK_TURN_UP", "has been to the house again today approx 1640"),
        ("FIXATION", "I JUST WANT TO SEE THE KIDS, WE CAN SORT THIS"),
        ("REPETITION", "3rd time since the order"),
        ("STALK_GIFTS", "sent birthday card to IP 02/07 signed \"yours forever L x\""),
        ("DISTRESS", "sick of looking out the window"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="heavy", batch="e",
    pattern="online_gamer_racist_threats_knows_town", relationship="online", occasions=4,
    text="""\
LOG 0744 14/03
1902 CLR = IP MR KOFI ASANTE-BOATENG 20YRS. REPORTS ONLINE ABUSE FROM PLAYER ON XBOX, GAMERTAG "GRIMREAPR_88", REAL NAME BELIEVED JAKE (FROM SHARED CLAN). 
1904 CLR STATES ABUSE STARTED AFTER A GAME 2 WKS AGO, SINCE THEN 4 X VOICE MSGS N 2 X DISCORD MSGS, CALLING HIM "N*****" N "MONKEY", SAYING "ILL FIND U AND STAB U, I KNOW UR IN CHESTERFIELD". JAKE HAS POSTED SCREENSHOT OF CLR'S STREET FROM GOOGLE.
1906 CLR V SHAKEN ON PHONE, SAYS HE HASNT LEFT HOUSE SINCE WEEKEND "COS I THINK HE WILL ACTUALLY COME AND STAB ME". SAYS LAST WEEK WHEN HE GOT MSG "SEE U SOON" HE WAS TERRIFIED WALKING HOME FROM WORK, KEPT THINKING SOMEONE WAS GONNA JUMP HIM.
1907 THRIVE - MED/HIGH, THREATS TO STAB, SUSP POSS KNOWS LOCATION. GRADED G2.
1910 NOTE NO PREVIOUS LINKED LOGS. IP LIVES W/ MUM.
1955 PC 2201 ALLOC.""",
    spans=[
        ("REPETITION", "4 X VOICE MSGS N 2 X DISCORD MSGS"),
        ("RACIAL_HOSTILITY", "CALLING HIM \"N*****\" N \"MONKEY\""),
        ("THREAT_VIOLENCE", "ILL FIND U AND STAB U"),
        ("THREAT_VIOLENCE", "SEE U SOON"),
        ("FEAR_OF_VIOLENCE", "I THINK HE WILL ACTUALLY COME AND STAB ME"),
        ("FEAR_OF_VIOLENCE", "HE WAS TERRIFIED WALKING HOME FROM WORK"),
        ("DISTRESS", "CLR V SHAKEN ON PHONE"),
    ],
)

case(
    33, "stalking_fear_alarm_distress", "CSF",
    voice="notebook", case="mixed", noise="abbrev", batch="e",
    pattern="upstairs_neighbour_listens_at_door_notes_then_threat", relationship="neighbour", occasions=5,
    text="""\
MON 24 NOV 2025
2105 Atd Flat 4, Tennyson House, Kirkby. IP Miss Bethany ROWLEY (24), lives alone. Call was G1 - male banging on door. On arr male gone, IP's door frame intact.
IP states male is Graham TOOLE (50s) from Flat 7 above. Since she moved in Sept:
 - he listens at her door, she has heard him breathing/seen shadow under door on "loads" of evenings
 - notes under door x4, e.g. "I heard you crying last night, you don't need him, I'm right upstairs"
 - knows when her bf stays, comments on it on the stairs
 - 15/11 waited on the landing and blocked her way, said "if I see him here again there'll be blood, yours or his". IP says she ran back in and locked the door, "I thought he was going to grab me".
 - tonight banging on door 2040-2050 shouting "I KNOW YOU'RE IN THERE BETH". IP hid in bathroom, on phone to 999, crying, says "he's going to hurt me, I know he is".
2130 Flat 7 - TOOLE answered. Denies everything, says he was "checking on her". Reeks of alcohol.
2140 Words of advice not appropriate - supervisor Sgt WALSH updated. Arrest made 2146 s.4A? - DS to review classification. Notes (x4) seized, ex ref CK/1-4.""",
    spans=[
        ("STALK_WATCH", "he listens at her door"),
        ("STALK_GIFTS", "notes under door x4"),
        ("FIXATION", "I heard you crying last night, you don't need him, I'm right upstairs"),
        ("STALK_MONITOR", "knows when her bf stays, comments on it on the stairs"),
        ("STALK_LOITER", "waited on the landing and blocked her way"),
        ("THREAT_VIOLENCE", "if I see him here again there'll be blood, yours or his"),
        ("FEAR_OF_VIOLENCE", "I thought he was going to grab me"),
        ("STALK_TURN_UP", "banging on door 2040-2050 shouting \"I KNOW YOU'RE IN THERE BETH\""),
        ("FEAR_OF_VIOLENCE", "he's going to hurt me, I know he is"),
    ],
)

case(
    34, "harassment", "C",
    voice="notebook", case="lower", noise="abbrev", batch="e",
    pattern="school_gate_parent_repeated_insults_over_childrens_dispute", relationship="acquaintance", occasions=4,
    text="""\
thurs 06/03
1530 st aidan's primary, gate on Ferncliffe Rd. spoke to ip Mrs Olivia MBEKI-JONES (36) at request of head.
ip says another mum, Stacey CROWTHER, has been having a go at her at pick up since their daughters fell out at a party in jan. 4 times now - 
 (1) told her "your kid's a spoilt little cow just like you" in front of other parents
 (2) called her a "stuck up snob" and "fake"
 (3) posted in class whatsapp that ip is "a bully who should be ashamed" - ip left group
 (4) today - "nobody likes you, you sad cow" and laughed with her mates.
no threats, never physical, crowther doesn't come anywhere near her house, ip "not scared of her just sick of it". ip upset, was close to tears.
1545 head (Mr PATEL) says school spoke to crowther last wk, she refused to discuss. head to send letter re conduct on school premises.
1600 crowther not present at gate today after incident (left in car). to be spoken to - ip would accept warning/restorative.""",
    spans=[
        ("UNWANTED", "has been having a go at her at pick up"),
        ("REPETITION", "4 times now"),
        ("UNWANTED", "your kid's a spoilt little cow just like you"),
        ("UNWANTED", "called her a \"stuck up snob\" and \"fake\""),
        ("UNWANTED", "a bully who should be ashamed"),
        ("UNWANTED", "nobody likes you, you sad cow"),
        ("DISTRESS", "ip upset, was close to tears"),
    ],
)

case(
    35, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="dash_note", case="mixed", noise="abbrev", batch="e",
    pattern="ex_husband_antisemitic_abuse_turns_up_at_shul_and_home", relationship="ex_partner", occasions=7,
    text="""\
DASH / S-DASH - HIGH - 16 yes, MARAC 18/06 listed.
V: Miriam SOLOMONS (42). P: ex-husband Neil PARFITT (45), sep 2024, decree absolute Mar. 2 children (9, 11) live with V.
Q2/Q3 - very frightened - YES. "He's told me he'll kill me and I believe him."
Q8 - YES. S-DASH:
 - follows/turns up: at her home in Prestwich 3x in May after she stopped replying, waits in car outside the synagogue on Saturdays (seen by security volunteers on 3 Sabbaths in a row)
 - threats: 20/05 text "you and your Jew money, you'll pay for this with your life"; 01/06 shouting in the street "filthy kike, I'll break your neck"
 - fear: after 20/05 text V had her brother sleep over, says she thought he'd come that night. 01/06 V ran into a neighbour's house, "I thought that was it".
 - property: her car tyres let down x2 (no CCTV, V believes him)
Impact: V has moved the children to a different school after he appeared at the gates, works from home now, has had a panic alarm and window locks fitted via Sanctuary scheme, stopped going to shul on Saturdays.
Hate crime flag - antisemitic. CST informed with V consent. Rationale for HIGH: threats to kill + escalation + children. Arrest enq ongoing.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "He's told me he'll kill me and I believe him."),
        ("STALK_TURN_UP", "at her home in Prestwich 3x in May after she stopped replying"),
        ("STALK_LOITER", "waits in car outside the synagogue on Saturdays"),
        ("REPETITION", "on 3 Sabbaths in a row"),
        ("RELIGIOUS_HOSTILITY", "you and your Jew money"),
        ("THREAT_VIOLENCE", "you'll pay for this with your life"),
        ("RACIAL_HOSTILITY", "filthy kike"),
        ("THREAT_VIOLENCE", "I'll break your neck"),
        ("FEAR_OF_VIOLENCE", "she thought he'd come that night"),
        ("FEAR_OF_VIOLENCE", "I thought that was it"),
        ("STALK_TURN_UP", "he appeared at the gates"),
        ("SERIOUS_IMPACT", "moved the children to a different school"),
        ("SERIOUS_IMPACT", "works from home now"),
        ("SERIOUS_IMPACT", "panic alarm and window locks fitted"),
        ("SERIOUS_IMPACT", "stopped going to shul on Saturdays"),
    ],
)

case(
    36, "no_offence", "",
    voice="notebook", case="mixed", noise="abbrev", batch="e",
    pattern="neighbour_noise_dispute_both_complain", relationship="neighbour", occasions=3,
    text="""\
Sunday 13/04/25
1115 Atd 62 Hawthorn Cres, Ashington re ongoing neighbour dispute. 3rd log this month (refs 0219, 0560).
Spoke to RP Mr Gordon ELLIS (58) - says neighbours at no. 64 (Mr + Mrs KAUR-BAINS) play music in the garden at weekends, kids on trampoline til 9pm, and they've put up a fence panel he says is 6 inches on his side.
Spoke to Mrs KAUR-BAINS - says Mr ELLIS bangs on the adjoining wall, runs his jet washer early Sun mornings and films their garden "for the council". Both sides have complained to council env health. 
Neither party alleges threats or abuse towards them personally. No evidence either is singling the other out beyond the noise and fence. Boundary is a civil matter - land registry plans.
Advised both re: mediation (council scheme), env health noise diaries. No offences disclosed. Log closed - civil dispute.""",
    spans=[],
)

case(
    37, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="clean", batch="e",
    pattern="headteacher_reports_parent_racist_emails_to_ta", relationship="acquaintance", occasions=3,
    text="""\
Online report submitted by Mrs Frances HALLORAN, headteacher, Northmoor Community Primary, on behalf of staff member.
I am reporting on behalf of one of our teaching assistants, Ms Blessing ADEBAYO, who has been subjected to racist abuse by a parent, Mr Darren KNOWLES, since his son was kept in at lunch by her on 3 March.
On 4 March he sent an email to the school office, addressed to her, calling her "an uppity African who thinks she's in charge of white kids". On 7 March at the afternoon pick-up he pointed at her across the playground and shouted "that monkey shouldn't be let near children". I witnessed that myself, as did several parents. On 11 March a second email said she should "go back to whatever hut she came from".
He has made no threats and has not approached her away from school. Ms Adebayo is upset and embarrassed but has asked to carry on working in the same class, which we support. We have banned Mr Knowles from the site. We would like the police to take action. I have copies of both emails and the names of two parents who saw the 7 March incident.""",
    spans=[
        ("RACIAL_HOSTILITY", "an uppity African who thinks she's in charge of white kids"),
        ("RACIAL_HOSTILITY", "that monkey shouldn't be let near children"),
        ("RACIAL_HOSTILITY", "go back to whatever hut she came from"),
        ("DISTRESS", "Ms Adebayo is upset and embarrassed"),
    ],
)

case(
    38, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="e",
    pattern="commuter_stranger_photographs_and_finds_instagram", relationship="stranger", occasions=6,
    text="""\
S-DASH (non DA) screening - BTP ref 88/0412 transferred. Completed by phone 0930 02/10.
V: Ms Laila RAHIMI (27), commutes Redhill-London Bridge, 0712 train.
Susp: unknown male, 40s, glasses, always rear coach. Identified via Oyster/CCTV enquiries as Barry NEWSOME? - not confirmed.
Q frightened? "Not frightened, creeped out."
Q previous? Since July he always sits next to or opposite her even when carriage is empty. 2 other passengers told her he was photographing her on his phone (18/09 and 25/09).
Q contacted? Yes - found her Instagram (she doesn't know how, she's never told him her name), sent 5 DMs "lovely dress today", "you looked tired on Tuesday", she blocked, he then followed her on a 2nd account.
Q visits/loiters? waits at the end of platform 2 at Redhill until she arrives then gets on same coach.
Q threats / violence / damage - no to all.
Q changed routine? No, "I refuse to let him change my life".
Grade STANDARD. BTP OIC to pursue ID. V advised re reporting acct, evidence log.""",
    spans=[
        ("REPETITION", "Since July"),
        ("FIXATION", "he always sits next to or opposite her even when carriage is empty"),
        ("STALK_WATCH", "he was photographing her on his phone"),
        ("STALK_MONITOR", "found her Instagram"),
        ("STALK_CONTACT", "sent 5 DMs"),
        ("FIXATION", "you looked tired on Tuesday"),
        ("UNWANTED", "she blocked"),
        ("STALK_CONTACT", "he then followed her on a 2nd account"),
        ("STALK_LOITER", "waits at the end of platform 2 at Redhill until she arrives"),
    ],
)

case(
    39, "harassment_fear_of_violence", "CF",
    voice="notebook", case="mixed", noise="typos", batch="e",
    pattern="former_friend_threats_after_witness_statement", relationship="acquaintance", occasions=3,
    text="""\
Fri 31 Jan
1640 Atd 17 Dovecote Lane, Ilkeston. IP Mr Jordan OSEI-MENSAH (29). Prev witness in crime ref 20/4471/24 (assault at the Rose + Crown) where susp's brother was charged.
Susp Ashley PRENTICE (30) - IP used to play 5-a-side with him, not really friends now.
IP states PRENTICE rang him 19/01 and said "if you go to court your a dead man walking". IP says he was scared stiff, he's seen what the brother did, and he started getting a lift home from work instead of walking. 26/01 PRENTICE pulled up next to IP outside the Spar in Kirk Hallam (IP thinks chance meeting, he doesn't think PRENTICE has been looking for him) and said through window "tick tock, you'll get stabbed up". IP ran into shop, was shaking, staff let him stay till his mrs came. Today a VM saying "last chance Jordan".
IP "I honestly think he'll knife me".
1715 phone seized for VM download - exhibit RTS/2, IP consented. Witness intimidation also to be considered by OIC DC CARVER. Safety advice, panic alarm requested.""",
    spans=[
        ("THREAT_VIOLENCE", "if you go to court your a dead man walking"),
        ("FEAR_OF_VIOLENCE", "he was scared stiff"),
        ("THREAT_VIOLENCE", "tick tock, you'll get stabbed up"),
        ("FEAR_OF_VIOLENCE", "IP ran into shop, was shaking"),
        ("THREAT_VIOLENCE", "last chance Jordan"),
        ("FEAR_OF_VIOLENCE", "I honestly think he'll knife me"),
    ],
)

case(
    40, "aggravated_stalking", "CSR",
    voice="judgment", case="mixed", noise="clean", batch="e",
    pattern="judgment_stranger_photographs_student_posts_online_with_slurs", relationship="stranger", occasions=6,
    text="""\
The complainant, a postgraduate student from Guangzhou studying at the University of Sheffield, first noticed the appellant in October 2022 near the Diamond building. Over the following seven weeks he was seen by her, or by friends with her, on at least six occasions on or near the campus and twice at the bus stop outside her accommodation on Broomhall Road. On three of those occasions he photographed her on his phone.
The prosecution relied on posts the appellant made to an online forum between 3 and 29 November 2022, to which he uploaded eleven of those photographs, naming the building where she studied and describing her as "one of the plague rats" and "another CCP spy sent to steal our degrees".
The appellant did not threaten her and there was no evidence that she feared violence. In her evidence she accepted that she had carried on with her studies and her usual routine, saying that she was angry rather than frightened. The judge directed the jury correctly on the meaning of racial hostility. This ground fails.""",
    spans=[
        ("REPETITION", "on at least six occasions"),
        ("STALK_LOITER", "twice at the bus stop outside her accommodation"),
        ("STALK_WATCH", "he photographed her on his phone"),
        ("STALK_PUBLISH", "uploaded eleven of those photographs, naming the building where she studied"),
        ("RACIAL_HOSTILITY", "one of the plague rats"),
        ("RACIAL_HOSTILITY", "another CCP spy sent to steal our degrees"),
    ],
)

case(
    41, "stalking_fear_alarm_distress", "CSFD",
    voice="dash_note", case="lower", noise="heavy", batch="e",
    pattern="ex_girlfriend_same_sex_turning_up_threats_changed_locks", relationship="ex_partner", occasions=6,
    text="""\
dash 19/27 = high. marac ref done. ip niamh o'SULLIVAN 31, ex-gf = jade FAIRCLOUGH 29, tog 3 yrs, ip ended it 8 wks ago.
q1 injurys - bruise upper arm from 2 wks ago when jade grabbed her at her door (ip didnt report at the time).
q2 very frightnd - yes "shes going to hurt me properly next time".
q8 - yes. jade turns up at ips house + work (the vets on Bury New Rd), was there 4 x last wk, sits in reception till ip comes out. txts + calls all day from diff numbers. took ips spare key when she left and ip found her stuff moved round in the bedroom on 2 occasions. 
q threats - "if you think your walking away from me youve got another thing coming, i'll make sure nobody wants you" + last sat "ill smash your face so no one looks at you again". ip "i was physically shaking, i thought she was going to do it there and then".
impact: ip has had all locks changed, moved her car to her mums, switched to early shifts so jade dosent know when shes finishing, barely eating, off sick 3 days this wk.
rationale high: previous violence + threats + escalation + access to property. safety plan. arrest enq for jade (assault + other).""",
    spans=[
        ("FEAR_OF_VIOLENCE", "shes going to hurt me properly next time"),
        ("STALK_TURN_UP", "jade turns up at ips house + work"),
        ("REPETITION", "4 x last wk"),
        ("STALK_LOITER", "sits in reception till ip comes out"),
        ("STALK_CONTACT", "txts + calls all day from diff numbers"),
        ("STALK_PROPERTY", "took ips spare key"),
        ("STALK_PROPERTY", "found her stuff moved round in the bedroom on 2 occasions"),
        ("FIXATION", "if you think your walking away from me youve got another thing coming"),
        ("THREAT_VIOLENCE", "ill smash your face so no one looks at you again"),
        ("FEAR_OF_VIOLENCE", "i thought she was going to do it there and then"),
        ("SERIOUS_IMPACT", "ip has had all locks changed"),
        ("SERIOUS_IMPACT", "switched to early shifts"),
        ("SERIOUS_IMPACT", "off sick 3 days this wk"),
    ],
)

case(
    42, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="mixed", noise="abbrev", batch="e",
    pattern="rival_market_trader_threats_bangladeshi_stallholder", relationship="business", occasions=3,
    text="""\
Sat 14/06/25
1030 Market Place, Burnley - outdoor market. Called by market supervisor. IP Mr Shahidul ISLAM (48) runs fruit + veg stall (pitch 22).
Rival trader opposite, Terry HOLDSWORTH (60), pitch 19. IP states since he moved pitch in May HOLDSWORTH has:
 - 24/05 told him "you Bangla b******s are taking over this market, I'll run you off it with a hammer"
 - 07/06 kicked IP's crates over and said "next time it's your head, curry man"
 - today 0945 came across with a box cutter in his hand, stood in front of IP and said "final warning, go back where you came from or I'll open you up".
IP says after 07/06 he didn't come to market the next day because he was scared HOLDSWORTH would attack him. Today he thought he was going to be cut, shaking when I arrived. Son Rahim (19) witnessed today.
1050 HOLDSWORTH spoken to at pitch 19, denies, says "it's banter". Box cutter on his stall (uses for boxes). Arrested 1055 - s.4 POA RA / poss offensive wpn - to be reviewed by custody. Trader CCTV (pitch 20) requested.""",
    spans=[
        ("RACIAL_HOSTILITY", "you Bangla b******s are taking over this market"),
        ("THREAT_VIOLENCE", "I'll run you off it with a hammer"),
        ("THREAT_VIOLENCE", "next time it's your head"),
        ("RACIAL_HOSTILITY", "curry man"),
        ("THREAT_VIOLENCE", "came across with a box cutter in his hand"),
        ("RACIAL_HOSTILITY", "go back where you came from"),
        ("THREAT_VIOLENCE", "or I'll open you up"),
        ("FEAR_OF_VIOLENCE", "he was scared HOLDSWORTH would attack him"),
        ("FEAR_OF_VIOLENCE", "he thought he was going to be cut"),
    ],
)

case(
    43, "harassment", "C",
    voice="dash_note", case="mixed", noise="abbrev", batch="e",
    pattern="ex_partner_abusive_messages_only_about_child_handover_money", relationship="ex_partner", occasions=5,
    text="""\
DASH - STANDARD (4 yes). 
IP: Callum HENDERSON-LUO (37). Other party: ex-partner Nicola BAIRD (35), sep 2021, 1 child Ruby (8). Contact via court order, handovers at McDonald's Kingsway every other Fri.
IP reports over last 6 wks Nicola has sent 5 abusive msgs on the co-parenting app, all around handovers or child maintenance: "useless tight b*****d", "you're a joke of a father", "pay up you parasite". At the handover 06/06 she swore at him in front of Ruby.
IP asked re other contact - none. She doesn't come to his house, doesn't contact his family or his new partner, doesn't message outside the app. IP: "it's all about money, it always is".
Q frightened - no. Q threats - no. Q child contact conflict - yes. Q escalation - "no, she's always been like this around maintenance time".
Advice. IP wants it recorded for family court. Child Ruby - no concerns re her safety, notification to school not needed.""",
    spans=[
        ("REPETITION", "over last 6 wks Nicola has sent 5 abusive msgs"),
        ("UNWANTED", "useless tight b*****d"),
        ("UNWANTED", "you're a joke of a father"),
        ("UNWANTED", "pay up you parasite"),
        ("UNWANTED", "she swore at him in front of Ruby"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="statement", case="mixed", noise="redacted", batch="e",
    pattern="former_neighbour_watches_family_racial_abuse_moved_kids_rooms", relationship="neighbour", occasions=8,
    text="""\
Statement of [REDACTED] (Witness 1). Age over 18.
I live at XXXX Ravensworth Road with my wife and our three children. Until June last year a man called [REDACTED], who I will call Mr B, lived at number XXXX opposite us. He moved to another estate after the council moved him but he has kept coming back.
Since about August he parks on our road two or three evenings a week and sits there, sometimes for an hour, looking at our house. My wife has seen him using binoculars. On two occasions in October he followed me in his car from the mosque on [REDACTED] Street to our house, and got out and shouted "YOU PAKIS WILL NEVER BE SAFE HERE" across the road at me. In November a letter was left on my car windscreen calling my family "invaders" and saying he knows which school my children go to.
I have never been threatened with violence by him directly and I don't think he would attack me. But my family cannot live normally. We have moved the children's bedrooms to the back of the house, my eldest son no longer walks to school, I drive him. We have spent £900 on cameras and a new fence. My wife has stopped going to the shops on her own and has seen her doctor about her nerves. I took a week off work in November because I didn't want to leave them.""",
    spans=[
        ("STALK_LOITER", "he parks on our road two or three evenings a week and sits there"),
        ("STALK_WATCH", "looking at our house"),
        ("STALK_WATCH", "My wife has seen him using binoculars"),
        ("STALK_FOLLOW", "he followed me in his car from the mosque"),
        ("RACIAL_HOSTILITY", "YOU PAKIS WILL NEVER BE SAFE HERE"),
        ("RACIAL_HOSTILITY", "calling my family \"invaders\""),
        ("STALK_MONITOR", "he knows which school my children go to"),
        ("SERIOUS_IMPACT", "moved the children's bedrooms to the back of the house"),
        ("SERIOUS_IMPACT", "my eldest son no longer walks to school, I drive him"),
        ("SERIOUS_IMPACT", "We have spent £900 on cameras and a new fence"),
        ("SERIOUS_IMPACT", "I took a week off work in November"),
    ],
)
