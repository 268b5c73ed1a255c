# ruff: noqa: E501
"""Hand-written narratives, writer vd: families - inheritance, elderly care, child arrangements, money, threats at home."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="vd",
    pattern="brother_texts_executor_demanding_house_money_one_threat_not_afraid", relationship="family", occasions=4,
    text="""\
CALLER IS MR DEAN HOLLOWAY 52YRS. STATES HIS BROTHER GARY HOLLOWAY HAS BEEN ON AT HIM SINCE MUMS FUNERAL IN MARCH RE THE SALE OF THE FAMILY HOUSE ON ASHCOMBE RD. IP IS EXECUTOR. SUSP HAS TEXTED HIM 30+ TIMES IN LAST 2 WKS DEMANDING HIS CUT NOW, CALLS AT WORK, ALSO RANG IP'S WIFE TWICE. ON SAT 14/06 SUSP SENT 'KEEP STALLING AND YOU'LL GET A SLAP'. IP SAYS HE ISNT SCARED OF GARY, 'HE'S ALL MOUTH', JUST WANTS IT TO STOP. HOUSE SALE GOING THROUGH SOLICITOR, COMPLETION DUE AUG. NO HISTORY BETWEEN PARTIES. ADV RE HARASSMENT, OIC TO CALL IP BACK. IP WORKING LATES, BEST AFTER 2100.""",
    spans=[
        ("STALK_CONTACT", "SUSP HAS TEXTED HIM 30+ TIMES"),
        ("REPETITION", "IN LAST 2 WKS"),
        ("STALK_CONTACT", "CALLS AT WORK"),
        ("THREAT_VIOLENCE", "KEEP STALLING AND YOU'LL GET A SLAP"),
        ("UNWANTED", "JUST WANTS IT TO STOP"),
    ],
)

case(
    2, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="vd",
    pattern="estranged_father_watches_and_follows_adult_daughter_she_moves_and_transfers_job", relationship="family", occasions=8,
    text="""\
I am making this statement about my father, Raymond ELLIS, who I have not had any contact with since I was fifteen. I am now 29. He left when I was small and came back into my life briefly when I was a teenager, and it ended badly. I told him then, and I told him again in a letter in 2021, that I did not want any relationship with him.

In January this year I saw him standing across the road from the pharmacy where I work in Longridge. I didn't think much of it at first. Then he was there again the following week, at the bus stop opposite, not getting on any bus. After that I started seeing him two or three times a week - outside work, in the Co-op car park near my flat, and once at the end of my road at about 10 at night. He has never come up to me or said anything. He just stands and looks at me. On 3rd March he followed me from the bus to my front door, about twenty metres behind, and stood on the pavement until I shut the curtains.

He has also sent cards to my flat, even though I never gave him the address. The last one said "I know you'll come round in the end, I'm not going anywhere."

He has never threatened me and I'm not frightened he will hurt me, but I could not live with it. I gave up the tenancy on my flat and moved in with my partner in Preston at the end of April. I asked for a transfer and now work at a different branch. I don't tell anyone in the family where I live now because I think my aunt passes things on to him.

I want him to leave me alone.""",
    spans=[
        ("UNWANTED", "I did not want any relationship with him"),
        ("STALK_LOITER", "standing across the road from the pharmacy where I work"),
        ("REPETITION", "there again the following week"),
        ("STALK_LOITER", "at the bus stop opposite, not getting on any bus"),
        ("REPETITION", "two or three times a week"),
        ("STALK_WATCH", "He just stands and looks at me."),
        ("STALK_FOLLOW", "he followed me from the bus to my front door"),
        ("STALK_CONTACT", "sent cards to my flat"),
        ("FIXATION", "I know you'll come round in the end, I'm not going anywhere."),
        ("SERIOUS_IMPACT", "I gave up the tenancy on my flat and moved in with my partner in Preston"),
        ("SERIOUS_IMPACT", "I asked for a transfer and now work at a different branch"),
    ],
)

case(
    3, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="vd",
    pattern="father_in_law_anti_muslim_whatsapps_to_pregnant_daughter_in_law", relationship="family", occasions=6,
    text="""\
Update 1 - 09/05 1540 PC 4471 KHAN
Spoke to IP Amira LATHAM (nee Siddiqui) at home address. IP married SUSP's son Tom in 2023. Since the couple announced IP is pregnant, SUSP (father-in-law, Keith LATHAM, 61) has sent IP numerous WhatsApps. Screenshots seen. Examples: 'no grandchild of mine is being brought up a muslim', 'take that rag off your head before you come to my house'. Sent 28/04, 01/05, 02/05 and 06/05.
Update 2 - 10/05 0915
IP states she blocked him on WhatsApp, he then sent two texts from his landline calling her a 'terrorist's daughter'. IP upset, has been crying. No threats. Wants it 'on record' and stopped.
Update 3 - 12/05
SUSP by phone: 'just banter'. VA 19/05.""",
    spans=[
        ("STALK_CONTACT", "has sent IP numerous WhatsApps"),
        ("RELIGIOUS_HOSTILITY", "no grandchild of mine is being brought up a muslim"),
        ("RELIGIOUS_HOSTILITY", "take that rag off your head before you come to my house"),
        ("REPETITION", "Sent 28/04, 01/05, 02/05 and 06/05"),
        ("STALK_CONTACT", "sent two texts from his landline"),
        ("RELIGIOUS_HOSTILITY", "terrorist's daughter"),
        ("DISTRESS", "IP upset, has been crying"),
    ],
)

case(
    4, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="vd",
    pattern="siblings_mutual_row_over_will_at_mothers_wake", relationship="family", occasions=1,
    text="""\
Police called 1710 22/02 to a disturbance at the Royal Oak, Bexley Road, at the wake of Mrs Joan PRATT. Her son Michael PRATT (58) and daughter Susan WELLS (55) argued about their mother's will, which leaves the house to Susan, who had been her carer for six years. Witnesses describe both raising their voices and swearing at each other across the room. Susan threw a glass of wine over Michael; Michael pushed a chair over and called her a scheming cow. Both were separated by family members before police arrived. Neither alleges any previous incident and both say there has been no contact since the funeral arrangements were made. Each wanted the other 'done for harassment'. Will dispute is civil; both have solicitors. NFA.""",
    spans=[],
)

case(
    5, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="heavy", batch="vd",
    pattern="adult_son_threatens_elderly_father_for_money_twice", relationship="family", occasions=2,
    text="""\
0930 att 14 mill lane re welfare call from carer. ip mr albert fenn 84 lives alone. states son lee fenn (41) came sat 2/8 demanding £200, when refused sed 'ill put you in the ground old man'. came bk tues 5/8 same again, stood over ip in chair fist raised sed hed 'finish him' if he told anyone. ip shaking, says hes frightend of lee and scared to open door. carer confirms ip v nervous since sat. dash compl. safeguarding ref to asc""",
    spans=[
        ("THREAT_VIOLENCE", "ill put you in the ground old man"),
        ("REPETITION", "came bk tues 5/8 same again"),
        ("THREAT_VIOLENCE", "stood over ip in chair fist raised sed hed 'finish him' if he told anyone"),
        ("DISTRESS", "ip shaking"),
        ("FEAR_OF_VIOLENCE", "hes frightend of lee and scared to open door"),
    ],
)

case(
    6, "stalking", "CS",
    voice="victim_diary", case="inconsistent", noise="typos", batch="vd",
    pattern="estranged_husband_pleading_messages_flowers_waits_at_her_mothers", relationship="ex_partner", occasions=5,
    text="""\
Diary - started this because PC Ward said to write it all down

Mon 3 Nov - Craig messaged 14 times today. all the same, he's sorry, he'll change, can we just TALK. I havent replied since I left on 19th Oct.
Tues 4 Nov - flowers left on mums doorstep with card 'for my wife, always'. We are not together. Mum put them in the bin.
Thurs 6 Nov - he was sat in his van at the end of MUM'S ROAD when I got back from work at 6. didnt get out, just watched me go in.
Sat 8 Nov - voice note crying saying he cant live without me and the kids need there mum and dad together. the kids are with me, he sees them every other sat at his sisters, that isnt the issue, he just wont accept its over.
Sun 9 Nov - 22 messages. "please babe", "one coffee", "i'll wait as long as it takes".
He has never threatend me. Im not scared of him exactly i just want him to stop. Mum says hes not getting it.""",
    spans=[
        ("STALK_CONTACT", "Craig messaged 14 times today"),
        ("UNWANTED", "I havent replied since I left on 19th Oct"),
        ("STALK_GIFTS", "flowers left on mums doorstep with card 'for my wife, always'"),
        ("STALK_LOITER", "he was sat in his van at the end of MUM'S ROAD"),
        ("STALK_WATCH", "just watched me go in"),
        ("STALK_CONTACT", "voice note crying saying he cant live without me"),
        ("FIXATION", "he just wont accept its over"),
        ("STALK_CONTACT", "22 messages"),
        ("FIXATION", "i'll wait as long as it takes"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="vd",
    pattern="uncle_follows_convert_niece_to_mosque_films_and_posts_to_family_group", relationship="family", occasions=3,
    text="""\
MO: UNCLE OF IP FOLLOWED HER FROM HOME TO THE MASJID ON 3 FRIDAYS, FILMED HER GOING IN AND POSTED THE CLIPS TO FAMILY FB GROUP CAPTIONED 'TRAITOR IN A TENT'. IP CONVERTED 2024.""",
    spans=[
        ("STALK_FOLLOW", "FOLLOWED HER FROM HOME TO THE MASJID"),
        ("REPETITION", "ON 3 FRIDAYS"),
        ("STALK_WATCH", "FILMED HER GOING IN"),
        ("STALK_PUBLISH", "POSTED THE CLIPS TO FAMILY FB GROUP"),
        ("RELIGIOUS_HOSTILITY", "TRAITOR IN A TENT"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="dash_note", case="mixed", noise="abbrev", batch="vd",
    pattern="brother_in_law_threatens_sikh_man_over_power_of_attorney_with_turban_abuse", relationship="family", occasions=3,
    text="""\
DASH completed with IP Harjit SANDHU (44). Not intimate DA - SUSP is IP's wife's brother, Darren MILLS (39), so familial.
Background: IP married Leanne MILLS 2019. Her family never accepted the marriage. Since Leanne's dad went into a care home in Jan, SUSP blames IP for 'taking over' the power of attorney.
Incidents:
1) 12/07 outside care home - SUSP shouted 'get back to your own country, towel head' and told IP he would 'rip that thing off your head and strangle you with it'.
2) 20/07 voicemail - 'I know where you park, I'll smash your face in'. Heard by OIC.
3) 25/07 SUSP drove slowly past IP's home, wound window down and shouted 'you're dead, Singh'.
IP says he now checks under his car and won't visit the care home alone. States 'I'm genuinely scared he will hurt me'.
Risk: MEDIUM. MARAC threshold not met. Hate crime flag added.""",
    spans=[
        ("RACIAL_HOSTILITY", "get back to your own country"),
        ("RELIGIOUS_HOSTILITY", "towel head"),
        ("THREAT_VIOLENCE", "rip that thing off your head and strangle you with it"),
        ("THREAT_VIOLENCE", "I know where you park, I'll smash your face in"),
        ("THREAT_VIOLENCE", "you're dead, Singh"),
        ("FEAR_OF_VIOLENCE", "he now checks under his car"),
        ("FEAR_OF_VIOLENCE", "I'm genuinely scared he will hurt me"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="supervisor_review", case="mixed", noise="clean", batch="vd",
    pattern="mother_in_law_watches_follows_polish_daughter_in_law_after_separation_signed_off", relationship="family", occasions=9,
    text="""\
Supervisor review - DS 2291 OKAFOR - 17/10

I have reviewed this crime, recorded as harassment. I am reclassifying it as racially aggravated stalking (s.4A PHA, s.32 CDA).

The victim, Marta NOWAK-BRIGGS, is Polish and married to the suspect's son. The suspect, Pauline BRIGGS (66), has made no secret that she opposed the marriage. Since the couple separated in June and the victim kept the children in the marital home, the suspect has:
- sat in her car outside the victim's house on at least six evenings (neighbour's doorbell footage for four of them);
- followed the victim to the children's school and to Lidl, walking a few paces behind her;
- rung the victim's employer to say she was 'an illegal' who should be reported;
- sent cards to the house addressed to 'the Polish scrounger'.

The victim says she cannot sleep and jumps every time a car pulls up. Her GP has signed her off work for four weeks with anxiety, and she now does the school run only with her sister.

The son (victim's estranged husband) says his mother 'just wants to see the kids'. That may be her stated motive but it does not explain following the victim round a supermarket or contacting her employer. The wording of the cards and of the call shows hostility based on nationality.

Actions: OIC to obtain the footage, take a statement from the employer's HR manager, and arrest/interview the suspect. Consider an SPO application.""",
    spans=[
        ("STALK_LOITER", "sat in her car outside the victim's house"),
        ("REPETITION", "on at least six evenings"),
        ("STALK_FOLLOW", "followed the victim to the children's school and to Lidl"),
        ("STALK_ORDERS", "rung the victim's employer"),
        ("RACIAL_HOSTILITY", "'an illegal' who should be reported"),
        ("STALK_CONTACT", "sent cards to the house"),
        ("RACIAL_HOSTILITY", "the Polish scrounger"),
        ("DISTRESS", "she cannot sleep and jumps every time a car pulls up"),
        ("SERIOUS_IMPACT", "signed her off work for four weeks with anxiety"),
        ("SERIOUS_IMPACT", "she now does the school run only with her sister"),
    ],
)

case(
    10, "harassment", "C",
    voice="third_party", case="mixed", noise="typos", batch="vd",
    pattern="ex_partner_floods_messages_over_child_arrangements_sister_reports", relationship="ex_partner", occasions=5,
    text="""\
Reporting on behalf of my sister Hodan who's english isnt great (we are Somali, she would need a Somali interpreter if you take a statment). Her ex Abdi, the dad of her two boys, has been messaging her non stop about the contact arangements since the court order in september. Its all about which weekends he gets and who does the handover, he wants them Christmas day and she says its her year. Last week he sent her about 40 messages in two days, rang her at 11pm three nights running. He also said if her new fiance 'gets involved' he'll break his legs. Hodan isnt worried for herself, she says Abdi would never touch her, but she's exhausted and wants the messages to go through the contact app only.""",
    spans=[
        ("STALK_CONTACT", "messaging her non stop about the contact arangements"),
        ("STALK_CONTACT", "sent her about 40 messages in two days"),
        ("STALK_CONTACT", "rang her at 11pm"),
        ("REPETITION", "three nights running"),
        ("DISTRESS", "she's exhausted"),
    ],
)

case(
    11, "stalking", "CS",
    voice="result_note", case="mixed", noise="redacted", batch="vd",
    pattern="estranged_adult_daughter_keeps_attending_parents_home_with_letters", relationship="family", occasions=6,
    text="""\
Result: [NAME 1] (daughter) spoken to after attending parents' address 6 times since May and leaving letters begging to be let back in, despite being told no. Parents not fearful, routine unchanged. Advice given. Filed.""",
    spans=[
        ("STALK_TURN_UP", "attending parents' address"),
        ("REPETITION", "6 times since May"),
        ("STALK_CONTACT", "leaving letters begging to be let back in"),
        ("FIXATION", "despite being told no"),
    ],
)

case(
    12, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="heavy", batch="vd",
    pattern="aunt_three_antisemitic_voicemails_within_minutes_to_convert_nephew", relationship="family", occasions=3,
    text="""\
CLLR SAYS AUNT LFT 3 VMAILS 2207-2214 LST NITE CALLIN HIM 'DIRTY JEW LOVER' N 'CHRIST KILLER' SINCE HE CONVRTD FOR HIS WIFE. NO THRTS. IP UPSET. AUDIO KEPT. ?HARASSMENT RELIG""",
    spans=[
        ("STALK_CONTACT", "AUNT LFT 3 VMAILS"),
        ("REPETITION", "2207-2214"),
        ("RELIGIOUS_HOSTILITY", "DIRTY JEW LOVER"),
        ("RELIGIOUS_HOSTILITY", "CHRIST KILLER"),
        ("DISTRESS", "IP UPSET"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="vd",
    pattern="brother_threatens_carer_sister_over_mothers_house_twice", relationship="family", occasions=3,
    text="""\
I am the eldest of three. Our mother, Irene, is 87 and has vascular dementia. Since 2022 I have been her main carer; she lives with me in Hartley Close. My brother Stephen CROSS lives in Swindon and my sister lives abroad.

Stephen has never agreed with the decision to keep Mum at home. He thinks she should go into a home and that the house she owns in Wroughton should be sold now rather than later. He says I am keeping her at mine for her pension.

On Sunday 8th June he came to my house for Mum's birthday. When Mum had gone to bed he started on about the house again. I asked him to leave. At the door he grabbed my wrist hard and said, "If you don't sign those papers I will come back and break your neck. I mean it." I had a bruise on my wrist the next day. I was shaking.

On Wednesday 11th June he phoned me at 7.40 in the morning. He said, "Have you thought about what I said? Because I wasn't joking, I'll do you." I put the phone down.

Since then he has sent me texts most days, about the house and accusing me of stealing from Mum, which I am not. My husband has seen all of them.

I am frightened of my brother. He has a temper and he has been violent before, to his ex-wife. I am frightened he will turn up when my husband is at work and hurt me. I have started locking the door in the daytime, which I never used to do, and I keep my phone on me in the house.

I want this recorded and I want him told to stay away.""",
    spans=[
        ("THREAT_VIOLENCE", "If you don't sign those papers I will come back and break your neck. I mean it."),
        ("DISTRESS", "I was shaking."),
        ("THREAT_VIOLENCE", "Because I wasn't joking, I'll do you."),
        ("STALK_CONTACT", "he has sent me texts most days"),
        ("FEAR_OF_VIOLENCE", "I am frightened of my brother."),
        ("FEAR_OF_VIOLENCE", "I am frightened he will turn up when my husband is at work and hurt me."),
    ],
)

case(
    14, "stalking_fear_alarm_distress", "CSF",
    voice="updates", case="mixed", noise="abbrev", batch="vd",
    pattern="ex_brother_in_law_fixated_after_divorce_waits_at_work_threatens_twice", relationship="family", occasions=4,
    text="""\
UPDATE 02/03 1120 - IP Kerry DOYLE. SUSP is her ex-husband's brother Wayne DOYLE (47). Since her divorce last yr SUSP has told her he 'always loved her' and they 'should be together now'. IP has refused him repeatedly.
UPDATE 04/03 - IP reports SUSP waiting outside her work (Tesco Extra, Kingsway) at end of shift 26/02 and 01/03, walked alongside her to car both times.
UPDATE 06/03 - Msgs provided. 01/03 2314: 'if I can't have you no one will, remember that'. 03/03 0152: 'I'll burn the house down with you in it before I see you with him'. IP states she is terrified he will carry it out, has her son staying with her.
UPDATE 07/03 - SUSP arrested, no comment. RUI.""",
    spans=[
        ("FIXATION", "they 'should be together now'"),
        ("UNWANTED", "IP has refused him repeatedly."),
        ("STALK_LOITER", "SUSP waiting outside her work"),
        ("REPETITION", "26/02 and 01/03"),
        ("STALK_FOLLOW", "walked alongside her to car both times"),
        ("THREAT_VIOLENCE", "if I can't have you no one will, remember that"),
        ("THREAT_VIOLENCE", "I'll burn the house down with you in it before I see you with him"),
        ("FEAR_OF_VIOLENCE", "she is terrified he will carry it out"),
    ],
)

case(
    15, "no_offence", "R",
    voice="notebook", case="lower", noise="abbrev", batch="vd",
    pattern="wifes_uncle_single_racist_remark_outside_christening", relationship="family", occasions=1,
    text="""\
1315 sun 14/9 outside st barnabas church, kings rd. called by ip rohan BAPTISTE (34). at christening of his daughter his wife's uncle terry KNIGHT (70) walked past him on pavement and said 'didn't think they let your sort in churches, monkey' then got into a taxi. one off - ip has met him twice before w/o issue, no contact since. ip angry not scared. W1 (wife) confirms. hate incident rec'd, susp to be spoken to.""",
    spans=[
        ("RACIAL_HOSTILITY", "didn't think they let your sort in churches, monkey"),
    ],
)

case(
    16, "aggravated_stalking", "CSR",
    voice="victim_diary", case="mixed", noise="typos", batch="vd",
    pattern="paternal_grandmother_watches_black_mother_at_school_gate_racist_remarks", relationship="family", occasions=6,
    text="""\
Keeping this log for my solicitor and the police.

Mon 12 Jan. Dropped Nia at school 8.45. Linda (Jordans mum) was sat on the wall opposite the gate. she never does the school run, its not her day. She stared at me the whole time, didnt speak.
Wed 14 Jan. Linda at the gate again at pick up. Said to another mum loud enough for me to hear 'shes only with him for a passport' and 'look at the state of her hair, typical'. Im British born.
Fri 16 Jan. Her car outside my flat 7.10am when I opened the blinds. Gone by 8.
Sat 17 Jan. My friend says Linda has been asking in the group chat which gym I go to.
Tues 20 Jan. At gate AGAIN. Followed me and Nia up to the bus stop at a distance, then turned round when I turned round.
Thurs 22 Jan - message from unknown no. 'Your kind dont get to keep my grandaughter'. Im pretty sure its her.

Jordan has Nia every other weekend as agreed, Linda sees her then. Contact is NOT the issue. I'm not scared of her, shes 68, but I feel watched all the time. I havent changed anything yet, but its wearing me down.""",
    spans=[
        ("STALK_LOITER", "was sat on the wall opposite the gate"),
        ("STALK_WATCH", "She stared at me the whole time"),
        ("STALK_TURN_UP", "Linda at the gate again at pick up"),
        ("RACIAL_HOSTILITY", "shes only with him for a passport"),
        ("RACIAL_HOSTILITY", "look at the state of her hair, typical"),
        ("STALK_LOITER", "Her car outside my flat 7.10am"),
        ("STALK_MONITOR", "asking in the group chat which gym I go to"),
        ("STALK_TURN_UP", "At gate AGAIN"),
        ("STALK_FOLLOW", "Followed me and Nia up to the bus stop"),
        ("STALK_CONTACT", "message from unknown no."),
        ("RACIAL_HOSTILITY", "Your kind dont get to keep my grandaughter"),
        ("DISTRESS", "I feel watched all the time"),
        ("DISTRESS", "its wearing me down"),
    ],
)

case(
    17, "harassment", "CD",
    voice="crime_summary", case="mixed", noise="clean", batch="vd",
    pattern="cousin_photographs_inherited_bungalow_for_estate_claim_victim_changes_number", relationship="family", occasions=6,
    text="""\
Crime summary: The IP, Gemma RAINE (36), moved into her late grandmother's bungalow at 4 Orchard Way in February under the terms of the will. Her cousin, Luke RAINE (33), believes he was promised the bungalow and has lodged a claim against the estate through solicitors.

Between 2 March and 30 April the suspect has parked opposite the bungalow on numerous occasions and photographed the IP's car, the skip on the drive and the builders' van, saying he is "documenting damage to Nan's house" for his court case. He has sent the IP long texts and emails most weeks listing work she has done without "permission". On 19/04 he photographed the IP herself through the front window.

He has made no threats. The IP finds it intrusive and upsetting. She has had a doorbell camera fitted and changed her mobile number, and now gives out only her solicitor's details.

Assessment: the conduct is centred on the property dispute; no indication of personal fixation on the IP. Recorded as harassment (s.2).""",
    spans=[
        ("STALK_LOITER", "parked opposite the bungalow"),
        ("REPETITION", "on numerous occasions"),
        ("STALK_WATCH", "photographed the IP's car, the skip on the drive and the builders' van"),
        ("STALK_CONTACT", "sent the IP long texts and emails most weeks"),
        ("STALK_WATCH", "photographed the IP herself through the front window"),
        ("DISTRESS", "The IP finds it intrusive and upsetting."),
        ("SERIOUS_IMPACT", "She has had a doorbell camera fitted and changed her mobile number"),
    ],
)

case(
    18, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="vps", case="mixed", noise="clean", batch="vd",
    pattern="stepfather_anti_irish_abuse_and_threats_to_stepson_visiting_sick_mother", relationship="family", occasions=4,
    text="""\
Victim Personal Statement - Ciarán MADDEN

I'm 24. My mum married Brian TOWNSEND when I was seventeen. I moved out at twenty but I still go round to see Mum and my little sister.

From the start Brian made comments about me being Irish - Mum and me came over from Cork when I was nine. It used to be "jokes". Since Mum got ill last year it has got nasty. When I visit he calls me a "thick Paddy" and a "bog-trotter" in front of my sister and tells me to go back to the potato fields.

Last Christmas Eve he followed me out to my car and said if I came to the house again he would "put me in hospital, Irish or not". In February, when I came to take Mum to her chemo, he stood in the doorway with a hammer in his hand and said "I warned you, Paddy". He has sent me texts since saying the same.

I am afraid of him. He is a big man and I believe he would hurt me. I now only see Mum at the hospital or at my aunt's, never at her own house, and I hate that. It has made me feel like I'm not welcome in my own family because of where I'm from.

I would like the court to know how much this has affected me.""",
    spans=[
        ("ESCALATION", "it has got nasty"),
        ("RACIAL_HOSTILITY", "calls me a \"thick Paddy\" and a \"bog-trotter\""),
        ("RACIAL_HOSTILITY", "go back to the potato fields"),
        ("THREAT_VIOLENCE", "he would \"put me in hospital, Irish or not\""),
        ("THREAT_VIOLENCE", "stood in the doorway with a hammer in his hand and said \"I warned you, Paddy\""),
        ("STALK_CONTACT", "He has sent me texts since saying the same."),
        ("FEAR_OF_VIOLENCE", "I am afraid of him."),
        ("FEAR_OF_VIOLENCE", "I believe he would hurt me"),
        ("SERIOUS_IMPACT", "I now only see Mum at the hospital or at my aunt's, never at her own house"),
    ],
)

case(
    19, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="upper", noise="abbrev", batch="vd",
    pattern="stepbrother_outside_flat_racist_abuse_at_chinese_heritage_stepsister_threats", relationship="family", occasions=5,
    text="""\
1942 CALLER MS LI WEN HARGREAVES STATES HER STEP-BROTHER DANNY HARGREAVES (31) IS OUTSIDE HER FLAT AGAIN, 4TH TIME THIS WEEK. HE WONT ACCEPT SHE HAS CUT CONTACT SINCE DAD'S FUNERAL. HAS BEEN SHOUTING 'CHINKY' AND 'GO BACK TO CHINA' THROUGH LETTERBOX. TUES HE TEXTED 'ILL SLIT YOUR THROAT'. TONIGHT SHOUTED HE WOULD 'FINISH WHAT HE STARTED'. CALLER CRYING, SAYS SHE IS TERRIFIED HE WILL GET IN AND KILL HER. HAS PUT SOFA AGAINST DOOR. GRADE 1 DEPLOYED. PREV CAD 1187 12/11 SAME SUSP.""",
    spans=[
        ("STALK_TURN_UP", "IS OUTSIDE HER FLAT AGAIN"),
        ("REPETITION", "4TH TIME THIS WEEK"),
        ("FIXATION", "HE WONT ACCEPT SHE HAS CUT CONTACT"),
        ("RACIAL_HOSTILITY", "CHINKY"),
        ("RACIAL_HOSTILITY", "GO BACK TO CHINA"),
        ("THREAT_VIOLENCE", "ILL SLIT YOUR THROAT"),
        ("THREAT_VIOLENCE", "SHOUTED HE WOULD 'FINISH WHAT HE STARTED'"),
        ("DISTRESS", "CALLER CRYING"),
        ("FEAR_OF_VIOLENCE", "SHE IS TERRIFIED HE WILL GET IN AND KILL HER"),
    ],
)

case(
    20, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="clean", batch="vd",
    pattern="paternal_grandfather_watches_school_run_follows_mothers_car_gift", relationship="family", occasions=9,
    text="""\
Supervisor review, Sgt 1180 PEARCE.

Crime recorded as "child contact dispute - no crime". I disagree.

The victim, Sophie ALDRIDGE (31), separated from the suspect's son in 2024. There is a Child Arrangements Order and the son has his contact. The suspect, Graham ALDRIDGE (64), the paternal grandfather, has no order and was told by the victim in writing in May that she did not want him contacting her.

Since then he has (a) been seen by school staff parked near the primary school on at least five mornings, watching the victim drop off, (b) followed her car from the school to her workplace on 11 and 18 September, (c) asked the victim's neighbour what time she gets home and who visits, and (d) left a birthday present for the victim herself - not the children - on her doorstep with a note: "We were a family. We still are."

This is not about the children's arrangements, which are settled and which the son handles. It is about the victim: several different acts aimed at her, after she told him to stop. That is stalking.

The victim describes feeling anxious and "on edge". She has not changed her routine and reports no fear of violence. Recategorise as s.2A stalking; OIC to seek CPS advice re SPO.""",
    spans=[
        ("UNWANTED", "she did not want him contacting her"),
        ("STALK_LOITER", "parked near the primary school"),
        ("REPETITION", "on at least five mornings"),
        ("STALK_WATCH", "watching the victim drop off"),
        ("STALK_FOLLOW", "followed her car from the school to her workplace"),
        ("REPETITION", "on 11 and 18 September"),
        ("STALK_MONITOR", "asked the victim's neighbour what time she gets home and who visits"),
        ("STALK_GIFTS", "left a birthday present for the victim herself"),
        ("FIXATION", "We were a family. We still are."),
        ("DISTRESS", "feeling anxious and \"on edge\""),
    ],
)

case(
    21, "aggravated_harassment", "CRD",
    voice="statement", case="mixed", noise="typos", batch="vd",
    pattern="wifes_brother_anti_polish_texts_and_calls_victim_changes_number", relationship="family", occasions=12,
    text="""\
Statement of Tomasz WÓJCIK

I live with my wife Claire and our two children in Hucknall. Claire's brother Adam PEARSON has never liked me. It got worse after Claire and me lent money to her mum for her stairlift and Adam thinks we are after his mums house.

From around the 1st of August Adam has sent me text messages nearly every day. I have kept them all and showed them to the officer. Some examples:
"polish parasite, go home"
"your lot come here and rob old women"
"no one wants you here you eastern european scum"
He also rings me and when I answer he says "dzien dobry" in a stupid voice and laughs and hangs up. This happend maybe 10 times, mostly when I am at work.

He has never said he will hurt me. But I feel ashamed at work when the phone goes and everyone looks. I have not told my mother back home.

On the 2nd September I changed my phone number, which was a big problem for my work becuase customers have the old one. I also stoped going to Sunday dinner at Claire's mums becuase Adam is there.

I want him to stop.""",
    spans=[
        ("STALK_CONTACT", "Adam has sent me text messages nearly every day"),
        ("RACIAL_HOSTILITY", "polish parasite, go home"),
        ("RACIAL_HOSTILITY", "your lot come here and rob old women"),
        ("RACIAL_HOSTILITY", "no one wants you here you eastern european scum"),
        ("STALK_CONTACT", "He also rings me"),
        ("RACIAL_HOSTILITY", "says \"dzien dobry\" in a stupid voice and laughs"),
        ("REPETITION", "maybe 10 times"),
        ("DISTRESS", "I feel ashamed at work"),
        ("SERIOUS_IMPACT", "I changed my phone number"),
        ("SERIOUS_IMPACT", "I also stoped going to Sunday dinner at Claire's mums"),
    ],
)

case(
    22, "harassment_fear_of_violence", "CF",
    voice="third_party", case="lower", noise="heavy", batch="vd",
    pattern="uncle_sends_his_sons_to_threaten_nephew_over_inherited_garage", relationship="family", occasions=3,
    text="""\
hi im emailing for my partner marcus because hes to shaken to do it himself. his uncle ray (his late dads brother) is fighting him over the will, dad left marcus the garage business. ray wont come himself, he sends his two lads, marcus's cousins kyle and jordan. first time was 3rd of may they came to the garage and kyle said 'rays not asking nicely anymore, sign it over or we break your hands'. then last sat (17th) they waited by marcus's van at 11pm, jordan had a bat, said 'last chance cuz'. ray rang that same nite laughing saying 'did the boys pass my message on'. marcus is scared stiff, he thinks theyll do him over properly. pls ring me""",
    spans=[
        ("DISTRESS", "hes to shaken to do it himself"),
        ("THREAT_VIOLENCE", "sign it over or we break your hands"),
        ("STALK_LOITER", "they waited by marcus's van at 11pm"),
        ("THREAT_VIOLENCE", "jordan had a bat, said 'last chance cuz'"),
        ("STALK_CONTACT", "ray rang that same nite laughing saying 'did the boys pass my message on'"),
        ("FEAR_OF_VIOLENCE", "marcus is scared stiff, he thinks theyll do him over properly"),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSD",
    voice="dash_note", case="mixed", noise="abbrev", batch="vd",
    pattern="stepson_puts_tracker_on_stepmothers_car_turns_up_everywhere_signed_off", relationship="family", occasions=7,
    text="""\
DASH - IP Beverley OWUSU-HALL (57). SUSP = step-son Nathan HALL (30), son of IP's late husband Clive (d. Nov 24).
Since Clive's death SUSP convinced IP 'stole' his dad from his mum and is 'living off' the estate (house in IP's sole name, probate done). But it's gone beyond that - SUSP appears to be tracking her.
- 14/02 mechanic found GPS tracker under IP's rear bumper. Nathan had borrowed the car at the funeral.
- SUSP has turned up at IP's church, her sister's house in Bedford and her Tuesday aqua class - none of which he had any way of knowing about except the tracker.
- Sends Facebook msgs 'I always know where you are' (x3, Feb-Mar).
No threats of violence. IP: 'I'm not scared he'll hit me, I'm scared of him being everywhere.'
IP signed off work by GP since 03/03 (stress), has stopped going to church and aqua.
Tracker seized JH/1. SPO?""",
    spans=[
        ("ESCALATION", "it's gone beyond that"),
        ("STALK_MONITOR", "mechanic found GPS tracker under IP's rear bumper"),
        ("STALK_TURN_UP", "SUSP has turned up at IP's church, her sister's house in Bedford and her Tuesday aqua class"),
        ("STALK_CONTACT", "Sends Facebook msgs 'I always know where you are'"),
        ("REPETITION", "x3, Feb-Mar"),
        ("DISTRESS", "I'm scared of him being everywhere"),
        ("SERIOUS_IMPACT", "signed off work by GP since 03/03 (stress)"),
        ("SERIOUS_IMPACT", "has stopped going to church and aqua"),
    ],
)

case(
    24, "aggravated_stalking", "CSR",
    voice="updates", case="inconsistent", noise="abbrev", batch="vd",
    pattern="husbands_brother_films_traveller_sister_in_law_slurs_calls_her_employer", relationship="family", occasions=6,
    text="""\
UPDATE 1 (PC 3302) 11/06: ip BRIDGET COLLINS-WEBB (27) reports husband's brother, SCOTT WEBB (35), repeatedly parking outside their house on Moor Lane and filming her on his phone. ip is an Irish Traveller. SUSP shouts 'PIKEY' and 'gyppo thief' whenever she comes out. seen by ip 02/06, 05/06, 09/06, 10/06.
UPDATE 2 11/06 pm: Husband (Lee) states scott 'can't let it go' that Lee married her, has been 'obsessed' w/ what she does - also rang ip's employer at the nursery claiming she had a caution for theft (she does not).
UPDATE 3 13/06: IP says she is not frightened of Scott, 'he's a coward', and will not change anything for him, but wants it dealt with.
UPDATE 4 15/06: SUSP intvwd, says filming is 'evidence'. file to CPS.""",
    spans=[
        ("STALK_LOITER", "repeatedly parking outside their house on Moor Lane"),
        ("STALK_WATCH", "filming her on his phone"),
        ("RACIAL_HOSTILITY", "PIKEY"),
        ("RACIAL_HOSTILITY", "gyppo thief"),
        ("REPETITION", "02/06, 05/06, 09/06, 10/06"),
        ("FIXATION", "has been 'obsessed' w/ what she does"),
        ("STALK_ORDERS", "rang ip's employer at the nursery claiming she had a caution for theft"),
    ],
)

case(
    25, "harassment", "C",
    voice="judgment", case="mixed", noise="clean", batch="vd",
    pattern="brother_in_law_homophobic_emails_and_texts_over_mothers_care_verdict", relationship="family", occasions=31,
    text="""\
R v Kenneth DAWE - Reasons for verdict (District Judge Harland, Taunton Magistrates' Court)

1. Mr Dawe faces one charge under section 2 of the 1997 Act, harassment without violence. The complainant, Mr Paul Asher, is married to the defendant's brother, Mr Simon Dawe.

2. It is not disputed that between 1 October and 14 December last year the defendant sent Mr Asher eleven emails and some twenty text messages. I have read all of them. Many are abusive about Mr Asher's sexuality: he is called a pervert, told that he "turned" Simon, and told that he is "not welcome at Mum's table". Several concern the defendant's mother, who now lives with Simon and Mr Asher, and the defendant's belief that the couple are keeping her from him.

3. The prosecution does not allege that any message threatened violence, and none did. Nor is there any suggestion that the messages were racially or religiously motivated; the hostility shown was towards Mr Asher's sexual orientation, which is a matter for sentence rather than for the charge.

4. The defence says this was a family disagreement, two-sided, about the care of an elderly mother. I do not accept that. Mr Asher did not reply to a single message, save for one on 3 November asking the defendant to stop. The messages continued after that request at the same rate.

5. Mr Asher told me he found the messages upsetting and humiliating and that he dreaded his phone going. He said frankly that he had not changed anything about how he lives, and that he and Simon had carried on visiting friends and family as before.

6. I am sure, so that I can properly convict, that these messages were a course of conduct, that it harassed Mr Asher, and that any reasonable person in Mr Dawe's shoes would have realised as much. He is guilty.""",
    spans=[
        ("REPETITION", "between 1 October and 14 December last year"),
        ("STALK_CONTACT", "sent Mr Asher eleven emails and some twenty text messages"),
        ("UNWANTED", "asking the defendant to stop"),
        ("REPETITION", "The messages continued after that request at the same rate."),
        ("DISTRESS", "he found the messages upsetting and humiliating and that he dreaded his phone going"),
    ],
)

case(
    26, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="clean", batch="vd",
    pattern="adult_son_stalks_mother_who_converted_to_islam_mosque_facebook_threats", relationship="family", occasions=10,
    text="""\
Statement of Janet RASHID (formerly Janet FROST), aged 61.

I have one son, Kieran FROST, who is 34. I was widowed in 2015 and in 2021 I married Yusuf Rashid. I became a Muslim before we married. Kieran has never accepted either thing. He told me at the time I had "betrayed Dad" and "joined the enemy".

Until last summer he simply didn't speak to me. Then, after Yusuf had his stroke and I became his carer, Kieran started appearing. The first time was in July, outside the mosque on Clarence Street after Friday prayers. He stood by the railings and shouted "there she is, the terrorist's bride" as I came out. The women I was with were very shaken.

After that he was outside the mosque most Fridays through August and September. He doesn't always say anything; sometimes he just stands with his arms folded and watches me go in and come out. Twice he followed me home on foot, about ten yards behind, and stood at the end of the drive.

He has also been putting things on Facebook about me, posting photographs of me in my headscarf with comments like "my mother the jihadi" and "ask her where she hides the bombs". People I used to work with have seen them.

On 4th October he came to the house, banged on the door and shouted through the letterbox, "I'll drag that thing off your head and set fire to you with it." On 9th October I found a note in the porch in his handwriting: "Next time you won't hear me coming."

I am frightened of my son. I never thought I would say that. I believe he could really hurt me. I have stopped going to Friday prayers and I now pray at home. I no longer walk anywhere; my neighbour drives me to the shops. I have had a camera put in above the door. I lie awake listening for him.

I want to be left in peace.""",
    spans=[
        ("FIXATION", "Kieran has never accepted either thing."),
        ("RELIGIOUS_HOSTILITY", "joined the enemy"),
        ("STALK_LOITER", "outside the mosque on Clarence Street after Friday prayers"),
        ("RELIGIOUS_HOSTILITY", "there she is, the terrorist's bride"),
        ("STALK_LOITER", "he was outside the mosque most Fridays through August and September"),
        ("STALK_WATCH", "just stands with his arms folded and watches me go in and come out"),
        ("STALK_FOLLOW", "Twice he followed me home on foot"),
        ("STALK_PUBLISH", "putting things on Facebook about me, posting photographs of me in my headscarf"),
        ("RELIGIOUS_HOSTILITY", "my mother the jihadi"),
        ("RELIGIOUS_HOSTILITY", "ask her where she hides the bombs"),
        ("THREAT_VIOLENCE", "I'll drag that thing off your head and set fire to you with it."),
        ("THREAT_VIOLENCE", "Next time you won't hear me coming."),
        ("FEAR_OF_VIOLENCE", "I am frightened of my son."),
        ("FEAR_OF_VIOLENCE", "I believe he could really hurt me."),
        ("SERIOUS_IMPACT", "I have stopped going to Friday prayers and I now pray at home."),
        ("SERIOUS_IMPACT", "I no longer walk anywhere; my neighbour drives me to the shops."),
        ("SERIOUS_IMPACT", "I have had a camera put in above the door."),
        ("DISTRESS", "I lie awake listening for him."),
    ],
)

case(
    27, "no_offence", "",
    voice="result_note", case="upper", noise="abbrev", batch="vd",
    pattern="stepmothers_solicitor_letters_as_executor_reported_as_harassment", relationship="family", occasions=4,
    text="""\
RESULT: IP REPORTED 'HARASSMENT' BY STEPMOTHER. ENQS SHOW ALL CONTACT IS 4 LETTERS FROM STEPMOTHER'S SOLICITOR (EXECUTOR OF FATHER'S ESTATE) REQ RETURN OF FATHER'S CAR AND KEYS TO FLAT. LAWFUL PURPOSE, NO PERSONAL CONTACT. NO OFFENCES. NFA.""",
    spans=[],
)

case(
    28, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="notebook", case="lower", noise="typos", batch="vd",
    pattern="wifes_cousin_anti_muslim_threats_twice_knife_shown_victim_stays_in_after_dark", relationship="family", occasions=2,
    text="""\
0810 12/3 spoke to ip imran ALI at his adress. ip married to SUSP's cousin (chloe). since the wedding in jan SUSP jake TURNER has 2x confrunted ip. 1st at chloe's nan's 80th 22/2 - called ip 'a bomber' and said 'ill cut your head off like you lot do'. 2nd 8/3 outside the chippy on high st - 'your dead you muzzie c***' and pulled a blade out of his pocket, showed it and put it back. ip v scared, says 'I think he will stab me'. ip now wont go out after dark. wife supports. W2 chippy owner to be seen re cctv.""",
    spans=[
        ("REPETITION", "2x confrunted ip"),
        ("RELIGIOUS_HOSTILITY", "called ip 'a bomber'"),
        ("THREAT_VIOLENCE", "ill cut your head off like you lot do"),
        ("THREAT_VIOLENCE", "your dead"),
        ("RELIGIOUS_HOSTILITY", "muzzie c***"),
        ("THREAT_VIOLENCE", "pulled a blade out of his pocket, showed it and put it back"),
        ("FEAR_OF_VIOLENCE", "ip v scared"),
        ("FEAR_OF_VIOLENCE", "I think he will stab me"),
        ("SERIOUS_IMPACT", "ip now wont go out after dark"),
    ],
)

case(
    29, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="redacted", batch="vd",
    pattern="brother_facebook_page_mocking_deaf_sister_orders_goods_false_reports", relationship="family", occasions=8,
    text="""\
Summary: IP [NAME 1] (F, 40) reports that her brother [NAME 2] (43) has been targeting her since a dispute over their father's care home fees began in [DATE]. Power of attorney is held jointly by them.

The suspect has (1) set up a Facebook page titled 'Deaf Dumb and Greedy' with photos of IP and posts claiming she is stealing from their father, shared to family and to her church; (2) ordered takeaways and a skip to her address in her name on at least four occasions, the latest on [DATE] at 0200; (3) reported her to the council twice for 'benefit fraud' (both unfounded). IP is profoundly deaf and the page repeatedly mocks this.

IP is angry rather than frightened; she has not changed her routine. She has no other contact with him.

OIC note: disability hostility present - flag as disability hate (for sentence); NOT racial/religious, so no s.32 aggravation. Although it started over the fees, the page, the orders and the complaints go far beyond the care issue and are aimed at her personally: stalking.""",
    spans=[
        ("STALK_PUBLISH", "set up a Facebook page titled 'Deaf Dumb and Greedy' with photos of IP"),
        ("STALK_ORDERS", "ordered takeaways and a skip to her address in her name"),
        ("REPETITION", "on at least four occasions"),
        ("STALK_ORDERS", "reported her to the council twice for 'benefit fraud'"),
    ],
)

case(
    30, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="abbrev", batch="vd",
    pattern="exs_sister_threatens_mother_at_school_gate_over_grandparent_contact", relationship="family", occasions=2,
    text="""\
1505 Caller Rachel (IP) at Oakfield Primary. Her ex's sister Donna threatened her at the gate AGAIN - 'I'll batter you in front of your kids'. Same on Mon: 'watch your back, you're getting it'. About IP stopping Donna's mum seeing the kids. IP says shes scared Donna will attack her, lots of parents about. Donna now left in silver Corsa. Pls call back after 1530.""",
    spans=[
        ("REPETITION", "AGAIN"),
        ("THREAT_VIOLENCE", "I'll batter you in front of your kids"),
        ("THREAT_VIOLENCE", "watch your back, you're getting it"),
        ("FEAR_OF_VIOLENCE", "shes scared Donna will attack her"),
    ],
)

case(
    31, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="vd",
    pattern="stepbrother_racist_voice_notes_over_mothers_savings", relationship="family", occasions=3,
    text="""\
MO: SUSP, STEP-BROTHER OF IP, HAS ON 3 OCCASIONS (XMAS DAY, 02/01, 19/01) SENT IP VOICE NOTES AND SNAPCHATS CALLING HIM A 'N****R' AND 'BLACK SPONGER' OVER THEIR MOTHER'S SAVINGS. NO THREATS. IP DISTRESSED.""",
    spans=[
        ("REPETITION", "ON 3 OCCASIONS (XMAS DAY, 02/01, 19/01)"),
        ("STALK_CONTACT", "SENT IP VOICE NOTES AND SNAPCHATS"),
        ("RACIAL_HOSTILITY", "N****R"),
        ("RACIAL_HOSTILITY", "BLACK SPONGER"),
        ("DISTRESS", "IP DISTRESSED"),
    ],
)

case(
    32, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="vd",
    pattern="mother_in_law_calls_watches_and_follows_daughter_in_law_who_changes_number_and_routine", relationship="family", occasions=7,
    text="""\
diary - kept for the police since 1st april

1/4 - jan (dave's mum) rang 9 times between 8am and midday. i didnt answer. left a message 'i just want to know your ok, i worry about you'. i've told her before. we don't need checking on.
3/4 - she was parked in the lay-by by the nursery when i dropped alfie off. she waved. i didnt wave back.
6/4 sun - she walked past our house 4 times in an hour. dave saw her too.
9/4 - i went to the big asda in the afternoon and she was there in the next aisle. i dont think that was chance, she lives 20 miles away.
12/4 - 16 calls. a card thru the door 'I'm always here for you, your my daughter now'. i am NOT her daughter. i have a mum.
15/4 - saw her car in the gym carpark.

she has never said anything nasty. dave spoke to her and she cried and said she 'just loves us'. but i cant breath. i changed my mobile number on the 13th and we got a ring doorbell and a camera on the drive. i've stopped going to the gym and i do the nursery drop at different times every day. i feel like a prisoner""",
    spans=[
        ("STALK_CONTACT", "rang 9 times between 8am and midday"),
        ("UNWANTED", "i've told her before."),
        ("STALK_LOITER", "she was parked in the lay-by by the nursery"),
        ("STALK_WATCH", "she walked past our house 4 times in an hour"),
        ("STALK_FOLLOW", "she was there in the next aisle"),
        ("STALK_CONTACT", "16 calls"),
        ("FIXATION", "your my daughter now"),
        ("STALK_LOITER", "saw her car in the gym carpark"),
        ("DISTRESS", "i cant breath"),
        ("SERIOUS_IMPACT", "i changed my mobile number on the 13th and we got a ring doorbell and a camera on the drive"),
        ("SERIOUS_IMPACT", "i've stopped going to the gym and i do the nursery drop at different times every day"),
        ("DISTRESS", "i feel like a prisoner"),
    ],
)

case(
    33, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="clean", batch="vd",
    pattern="ex_partner_father_of_children_pleading_messages_racist_abuse_not_about_contact", relationship="ex_partner", occasions=6,
    text="""\
Supervisor's review (Insp. 0716 GRANT)

Recorded as a child contact dispute. That is wrong and I have re-crimed it.

The victim, Saima BUTT, and the suspect, Dean FLETCHER, were together for nine years and have two children. They separated in March. Contact with the children takes place every Saturday through the victim's mother and has gone without a problem since April; neither party has applied to court.

The suspect's messages are not about the children. Over May and June he sent 140 messages to the victim, most of them saying he "can't move on", that she is "the only one", and asking her to come home. When she did not reply, he turned up at her workplace twice and sat in her mother's street on a Sunday night. Each time she said no, and he came back.

Mixed in with the pleading are messages like "your family turned you, typical P*ki parents" and "go back to your own lot then, see if they have you". These are hostile to her ethnic origin and the s.32 aggravation is made out.

The victim states she is not frightened of him and has carried on as normal; she "just wants him to get the message". No threats. On those facts this is racially aggravated stalking (s.2A / s.32), not the fear or distress offence.

OIC: arrest, download, statement from the victim's manager re the workplace visits.""",
    spans=[
        ("REPETITION", "Over May and June"),
        ("STALK_CONTACT", "he sent 140 messages to the victim"),
        ("FIXATION", "he \"can't move on\", that she is \"the only one\""),
        ("STALK_TURN_UP", "he turned up at her workplace twice"),
        ("STALK_LOITER", "sat in her mother's street on a Sunday night"),
        ("FIXATION", "Each time she said no, and he came back."),
        ("RACIAL_HOSTILITY", "your family turned you, typical P*ki parents"),
        ("RACIAL_HOSTILITY", "go back to your own lot then, see if they have you"),
    ],
)

case(
    34, "harassment_fear_of_violence", "CFD",
    voice="supervisor_review", case="mixed", noise="clean", batch="vd",
    pattern="stepfather_repeats_window_threat_to_stepdaughter_over_grandmothers_legacy", relationship="family", occasions=3,
    text="""\
Sgt review 0932 - Crime 44/18827/25

IP is Chloe BANNISTER (22). SUSP is her step-father, Martin HOLT (50), who is still married to IP's mother. The dispute is about money IP's late grandmother left to IP (approx £18k), which SUSP says should have gone to the household.

On 2 July SUSP texted IP: "Give your mum that money or I'll come round and put you through a window." IP reported on 20 July; she states he has said it again twice since, once by text on 9 July and once face to face at her mother's house on 18 July, when he stood over her.

Original OIC recorded this as a single threat (malicious comms). I disagree. There are three occasions, the threat repeated each time, and IP has told us plainly she is frightened he will do it: "He's got a temper, he put his fist through the kitchen door last year." She now stays away from her mum's house when he is in.

No stalking features - this is about the money. Re-crime as s.4 PHA. OIC to obtain the texts and arrange VRI.""",
    spans=[
        ("THREAT_VIOLENCE", "Give your mum that money or I'll come round and put you through a window."),
        ("REPETITION", "he has said it again twice since"),
        ("REPETITION", "once by text on 9 July and once face to face at her mother's house on 18 July"),
        ("FEAR_OF_VIOLENCE", "she is frightened he will do it"),
        ("SERIOUS_IMPACT", "She now stays away from her mum's house when he is in."),
    ],
)

case(
    35, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="mixed", noise="heavy", batch="vd",
    pattern="ex_brother_in_law_follows_black_woman_after_divorce_racist_parcel_she_moves_out", relationship="family", occasions=6,
    text="""\
upd8 1 - 03/09 - pc 6620 - ip Grace ADEYEMI-STONE (38) att front counter. says ex husbands brother Carl STONE (45) has been following her since divorce final in june, blames her for brother 'losing everything'. shows 30+ photos on her phone of carls car behind her, outside her work, outside her sons school.
upd8 2 - 03/09 - ip says carl sent her a parcel wk ago, inside was a banana and a note 'back to the jungle'. also FB msgs calling her a 'gold digging [racial slur]' - ip showed, screenshots saved. no thrts of violence ever made, ip clear on this.
upd8 3 - 05/09 - ip rang, carl was sat outside her flat 2230 last nite, left when she opened curtain.
upd8 4 - 10/09 - ip has now moved out of the flat to her cousins in Erith w/ her son, changed sons school, wont go back. ip tearful, not sleeping. ip: 'i just want my life back'.
upd8 5 - 12/09 - susp arr, intvw - admits following, says hes 'keeping an eye' for his brother. denies racist element. cps adv sought. bail conds no contact + not to enter Bexley.""",
    spans=[
        ("STALK_FOLLOW", "has been following her since divorce final in june"),
        ("REPETITION", "30+ photos"),
        ("STALK_FOLLOW", "carls car behind her, outside her work, outside her sons school"),
        ("STALK_GIFTS", "sent her a parcel wk ago, inside was a banana"),
        ("RACIAL_HOSTILITY", "back to the jungle"),
        ("STALK_CONTACT", "FB msgs"),
        ("RACIAL_HOSTILITY", "gold digging [racial slur]"),
        ("STALK_LOITER", "carl was sat outside her flat 2230 last nite"),
        ("SERIOUS_IMPACT", "ip has now moved out of the flat to her cousins in Erith w/ her son, changed sons school"),
        ("DISTRESS", "ip tearful, not sleeping"),
    ],
)

case(
    36, "stalking", "CS",
    voice="updates", case="upper", noise="abbrev", batch="vd",
    pattern="estranged_son_breaches_restraining_order_turning_up_at_parents_with_gifts", relationship="family", occasions=3,
    text="""\
UPDATE 1 21/11 PC 2290: IPS MR & MRS KENWORTHY (70S) REPORT SON ANDREW KENWORTHY (44) ATTENDED THEIR ADDRESS 19/11 AND 20/11 DESPITE RO (WOOD GREEN CC, 06/2025, NOT TO CONTACT OR ATTEND 12 ELM RISE). LEFT CHOC + FLOWERS ON STEP WITH CARD 'YOU CAN'T SHUT ME OUT FOREVER - A'.
UPDATE 2 22/11: ANDREW SEEN AGAIN BY NEIGHBOUR STANDING AT GARDEN GATE 0700. IPS SAY THEY ARE 'NOT FRIGHTENED, JUST SAD'. NO CHANGE TO ROUTINE. NO THREATS MADE.
UPDATE 3 23/11: SUSP ARRESTED AT HOSTEL. BREACH OF RO X3 + S.2A. REMANDED FOR COURT.""",
    spans=[
        ("STALK_TURN_UP", "ATTENDED THEIR ADDRESS"),
        ("REPETITION", "19/11 AND 20/11"),
        ("STALK_GIFTS", "LEFT CHOC + FLOWERS ON STEP"),
        ("FIXATION", "YOU CAN'T SHUT ME OUT FOREVER"),
        ("REPETITION", "SEEN AGAIN"),
        ("STALK_LOITER", "STANDING AT GARDEN GATE 0700"),
        ("DISTRESS", "JUST SAD"),
    ],
)

case(
    37, "no_offence", "",
    voice="statement", case="mixed", noise="clean", batch="vd",
    pattern="father_and_adult_son_two_rows_months_apart_reconciled_between", relationship="family", occasions=2,
    text="""\
I am the father of Liam PRICE, aged 27. I want to explain why I rang the police on Saturday and why I don't want to take it further.

Back in February Liam lost his job and came to stay with me. We had words about him not paying anything towards the bills. On the 9th of February he lost his temper and said he would knock my teeth down my throat if I mentioned money again. I told him to get out and he went to his girlfriend's.

About a fortnight later he came round and apologised properly. We went to the football together, he sorted himself out, got work with a roofer, and from March to the end of August we were getting on better than we had for years. He was round for Sunday dinner most weeks. We even went away together for my 60th.

Last Saturday, the 6th of September, we argued about his mother's ring, which was left to his sister, and he punched the wall in my hallway and walked out. He didn't threaten me that time. I rang 101 because I was upset and I didn't know what to do.

I am not afraid of my son. We have spoken since and he is paying for the plastering. I just wanted it noted.""",
    spans=[
        ("THREAT_VIOLENCE", "knock my teeth down my throat"),
        ("DISTRESS", "I was upset and I didn't know what to do"),
    ],
)

case(
    38, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="redacted", batch="vd",
    pattern="wifes_brother_threatens_nigerian_son_in_law_caring_for_mother_racist_abuse", relationship="family", occasions=2,
    text="""\
Crime Summary - [REF REDACTED]

IP: [NAME 1], 41, Nigerian national, lives with his wife [NAME 2] and her elderly mother, whom they care for.
SUSP: [NAME 3], 46, wife's brother.

SUSP resents IP's part in the mother's care. On [DATE 1] SUSP attended the address while IP was alone with the mother, told IP "you African parasite, you're bleeding her dry" and said he would stab him and send him back in a box. On [DATE 2] SUSP sent a WhatsApp voice note: "I meant what I said, monkey. You'll be in a box before Christmas."

IP states he is scared SUSP will carry out the threat and keeps his keys and phone on him at all times.

Voice note secured ([EXHIBIT]). Arrest.""",
    spans=[
        ("RACIAL_HOSTILITY", "you African parasite, you're bleeding her dry"),
        ("THREAT_VIOLENCE", "stab him and send him back in a box"),
        ("THREAT_VIOLENCE", "I meant what I said"),
        ("RACIAL_HOSTILITY", "monkey"),
        ("THREAT_VIOLENCE", "You'll be in a box before Christmas."),
        ("FEAR_OF_VIOLENCE", "he is scared SUSP will carry out the threat"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="typos", batch="vd",
    pattern="adult_stepdaughter_orders_goods_and_runs_racist_instagram_about_filipina_stepmother", relationship="family", occasions=6,
    text="""\
I'm ringing about my daughter Kayleigh, shes 26, and what shes doing to my wife Rosa. Rosa is from the Philippines, we married 2 yrs ago. Kayleigh never got over me and her mum splitting up and she blames Rosa. Since about August she's been ordering stuff to our house in Rosa's name - catalogues, a mail-order bride brochure, 3 lots of pizzas, a funeral plan quote. Shes also set up an instagram called rosa_the_mailorder with pics of Rosa from our wedding and posts saying shes a 'gold digging flip' and a 'bargain bin import'. Rosa's not scared of her, she laughs it off mostly, but she wants it taken down. Ive asked Kayleigh to stop twice and she just denys it.""",
    spans=[
        ("REPETITION", "Since about August"),
        ("STALK_ORDERS", "ordering stuff to our house in Rosa's name"),
        ("STALK_PUBLISH", "set up an instagram called rosa_the_mailorder with pics of Rosa from our wedding"),
        ("RACIAL_HOSTILITY", "gold digging flip"),
        ("RACIAL_HOSTILITY", "bargain bin import"),
    ],
)

case(
    40, "harassment", "C",
    voice="dash_note", case="lower", noise="abbrev", batch="vd",
    pattern="grandson_rings_grandmother_for_money_daily_threats_she_is_not_afraid", relationship="family", occasions=15,
    text="""\
dash: ip edna WHITLOCK 79, susp grandson ryan WHITLOCK 23. ryan rings ip daily for money since she stopped his allowance in oct, up to 15x a day, incl 3am. twice said 'give us it or i'll smack you one nan'. ip v clear she is not frightened of him - 'i changed his nappies, he wont touch me' - just wants the calls stopped. no change to ip's routine. risk std. ip agrees to bt call blocker. adv re harassment, ryan to be spoken to by oic.""",
    spans=[
        ("STALK_CONTACT", "ryan rings ip daily for money"),
        ("REPETITION", "up to 15x a day, incl 3am"),
        ("REPETITION", "twice said"),
        ("THREAT_VIOLENCE", "give us it or i'll smack you one nan"),
        ("UNWANTED", "just wants the calls stopped"),
    ],
)

case(
    41, "aggravated_harassment", "CR",
    voice="vps", case="mixed", noise="clean", batch="vd",
    pattern="father_in_law_anti_hindu_messages_to_son_in_law_over_wedding_ceremony", relationship="family", occasions=8,
    text="""\
Personal statement - Vikram JOSHI

My wife's father sent me the messages this case is about over about six weeks this spring, after we told the family we would have a Hindu ceremony as well as the registry office. He wrote that I "worship cows and rats", that my family are heathens and that our children would be "brought up to pray to elephants". He sent some at two in the morning. He sent some to my work email.

It has hurt me more than I expected. I felt small, like my faith was something dirty. I have not changed my life because of him and I will not, but I would like him to understand what he did.""",
    spans=[
        ("STALK_CONTACT", "sent me the messages this case is about"),
        ("REPETITION", "over about six weeks this spring"),
        ("RELIGIOUS_HOSTILITY", "worship cows and rats"),
        ("RELIGIOUS_HOSTILITY", "my family are heathens"),
        ("RELIGIOUS_HOSTILITY", "brought up to pray to elephants"),
        ("STALK_CONTACT", "He sent some at two in the morning."),
        ("STALK_CONTACT", "He sent some to my work email."),
        ("DISTRESS", "I felt small, like my faith was something dirty."),
    ],
)

case(
    42, "stalking_fear_alarm_distress", "CSFD",
    voice="judgment", case="mixed", noise="clean", batch="vd",
    pattern="cousin_romantic_fixation_gifts_office_visits_threats_victim_leaves_job", relationship="family", occasions=14,
    text="""\
Sentencing remarks - HHJ Okonjo - R v Adrian MERCER

Adrian Mercer, stand up.

You have pleaded guilty to stalking involving fear of violence, contrary to section 4A of the Protection from Harassment Act 1997. The victim is your cousin, Ms Harriet Lowe. You are 37; she is 30.

At a family wedding in 2023 you told Ms Lowe that you had feelings for her. She told you, kindly and clearly, that she did not feel the same and that it was not appropriate. You did not accept that answer then and you have not accepted it since.

Over the following fourteen months you sent her hundreds of messages declaring your love. You left gifts at her flat - jewellery, a framed photograph of the two of you as children, a letter forty pages long. You turned up at her office in Leeds on at least eight occasions and waited in reception. You asked her friends where she was going on holiday and then booked into the same hotel in Whitby.

When Ms Lowe began a relationship, your messages changed. In March you wrote that if you saw her with "him" you would "make sure neither of you walks away". In April you sent a photograph of her front door with the words "I could come in any night". You repeated the first threat in a voicemail in May.

Ms Lowe's statement is moving. She describes being frightened for her life. She left a job she loved and now works from home for a company in another city. She moved flat and keeps her address from the wider family. She has had counselling.

You have no previous convictions, and I accept that your remorse is real. But the custody threshold is plainly passed, and the only question is length.""",
    spans=[
        ("UNWANTED", "she did not feel the same and that it was not appropriate"),
        ("FIXATION", "You did not accept that answer then and you have not accepted it since."),
        ("REPETITION", "Over the following fourteen months"),
        ("STALK_CONTACT", "sent her hundreds of messages declaring your love"),
        ("STALK_GIFTS", "You left gifts at her flat"),
        ("STALK_TURN_UP", "You turned up at her office in Leeds"),
        ("REPETITION", "on at least eight occasions"),
        ("STALK_MONITOR", "asked her friends where she was going on holiday"),
        ("STALK_FOLLOW", "booked into the same hotel in Whitby"),
        ("ESCALATION", "When Ms Lowe began a relationship, your messages changed."),
        ("THREAT_VIOLENCE", "you would \"make sure neither of you walks away\""),
        ("THREAT_VIOLENCE", "sent a photograph of her front door with the words \"I could come in any night\""),
        ("REPETITION", "You repeated the first threat in a voicemail in May."),
        ("FEAR_OF_VIOLENCE", "She describes being frightened for her life."),
        ("SERIOUS_IMPACT", "She left a job she loved and now works from home"),
        ("SERIOUS_IMPACT", "She moved flat and keeps her address from the wider family."),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="victim_diary", case="inconsistent", noise="heavy", batch="vd",
    pattern="half_brother_tracks_and_posts_about_mixed_heritage_sister_threatens_twice", relationship="family", occasions=5,
    text="""\
wrote this up for PC Maddox
THURS 5TH - Shane (my half bro, same mum) outside my work AGAIN at 5, leant on my car. said 'alright half-caste, mums money's mine not yours, you arent even proper family'.
sat 7th - he knows i went to the cinema with Jas. how?? posted on his fb 'seen my mongrel sister out tonight in her little dress'.
mon 9 - found an airtag in my handbag lining. Shane was round mums sun when my bag was in the hall
WED 11 - txt 'next time i see you ur getting a kicking you little c***'
fri 13 - at my window 1am banging, shouting 'ur dead, ur dead'
i am so scared. i think hes going to properly hurt me, he did my ex's car last yr. i sleep at jas's most nites now, i daren't be in the house alone.""",
    spans=[
        ("STALK_LOITER", "outside my work AGAIN at 5, leant on my car"),
        ("RACIAL_HOSTILITY", "alright half-caste"),
        ("STALK_MONITOR", "he knows i went to the cinema with Jas"),
        ("STALK_PUBLISH", "posted on his fb"),
        ("RACIAL_HOSTILITY", "my mongrel sister"),
        ("STALK_MONITOR", "found an airtag in my handbag lining"),
        ("THREAT_VIOLENCE", "next time i see you ur getting a kicking"),
        ("STALK_TURN_UP", "at my window 1am banging"),
        ("THREAT_VIOLENCE", "ur dead, ur dead"),
        ("FEAR_OF_VIOLENCE", "i am so scared"),
        ("FEAR_OF_VIOLENCE", "i think hes going to properly hurt me"),
        ("SERIOUS_IMPACT", "i sleep at jas's most nites now, i daren't be in the house alone"),
    ],
)

case(
    44, "aggravated_harassment_fear_of_violence", "CFR",
    voice="result_note", case="upper", noise="abbrev", batch="vd",
    pattern="husbands_uncle_threatens_romanian_wife_twice_charged", relationship="family", occasions=2,
    text="""\
RESULT: SUSP (IP'S HUSBAND'S UNCLE) CHARGED S.4 PHA RA. THREATENED TO 'CUT' IP 21/03 & 02/04, CALLING HER 'ROMANIAN GYPSY FILTH'. IP AFRAID, CONFIRMED IN STATEMENT. REMANDED.""",
    spans=[
        ("THREAT_VIOLENCE", "THREATENED TO 'CUT' IP"),
        ("REPETITION", "21/03 & 02/04"),
        ("RACIAL_HOSTILITY", "ROMANIAN GYPSY FILTH"),
        ("FEAR_OF_VIOLENCE", "IP AFRAID"),
    ],
)
