# ruff: noqa: E501
"""Hand-written narratives, writer l: families, young people and schools."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="l",
    pattern="teen_ex_bf_waits_at_sixth_form_new_accounts", relationship="ex_partner", occasions=4,
    text="""\
1912 CLR IS MOTHER OF IP (ELLIE-MAE FORSHAW 17YRS). STATES IP'S EX BF JAYDEN CROOK (18) HAS BEEN WAITING AT THE BUS STOP OUTSIDE HOLLINS PARK SIXTH FORM AGAIN TODAY, 3RD TIME SINCE MON. IP SPLIT WITH HIM APPROX 3 WKS AGO. HE KEEPS MAKING NEW SNAPCHAT ACCS AFTER SHE BLOCKS THEM - CLR THINKS 5 OR 6 ACCS NOW. MSGS SAY 'WE ARENT DONE' 'ILL WAIT AS LONG AS IT TAKES'. NO THREATS. IP NOT SCARED AS SUCH JUST WANTS IT STOPPED. CLR COLLECTED IP IN CAR TODAY, SUSP STILL AT THE STOP WHEN THEY DROVE OFF
1915 THRIVE - NO IMMED RISK, SUSP NOT AT HOME ADDR. G3 APPT. PREV ON FILE NIL
1931 APPT MADE TMRW 1600, PCSO 7741 TO ATTEND""",
    spans=[
        ("STALK_LOITER", "WAITING AT THE BUS STOP OUTSIDE HOLLINS PARK SIXTH FORM"),
        ("REPETITION", "3RD TIME SINCE MON"),
        ("STALK_CONTACT", "KEEPS MAKING NEW SNAPCHAT ACCS AFTER SHE BLOCKS THEM"),
        ("FIXATION", "'WE ARENT DONE' 'ILL WAIT AS LONG AS IT TAKES'"),
        ("STALK_LOITER", "SUSP STILL AT THE STOP WHEN THEY DROVE OFF"),
    ],
)

case(
    2, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="l",
    pattern="school_attendance_contact_lawful", relationship="business", occasions=6,
    text="""\
Update 14/10 PC 3318 GREAVES
TT RP Mrs Donna PEPPER re Ashbrook Academy 'harassing' her - attendance officer rang 4-5 times in a fortnight, letter re possible fixed penalty (son Kai, 13, attendance 71%), EWO called Fri. RP stressed, says she feels picked on. School/LA doing their job re attendance - not police matter, advised complaints procedure.
Update 15/10 Sgt 1190 - non-crime, close.""",
    spans=[
        ("DISTRESS", "RP stressed, says she feels picked on"),
    ],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="l",
    pattern="brother_in_law_threats_over_inheritance", relationship="family", occasions=4,
    text="""\
I am making this statement about my brother-in-law, Craig Rowntree, who is my husband Lee's older brother. Since Lee's dad passed away in June there has been a falling out over the bungalow on Cedar Close and who should live in it. It has nothing to do with me really but Craig has decided it is my fault.

On Sunday 3rd August, about dinner time, Craig came to our house on Briar Walk while Lee was at work. I opened the door and he pointed at me and said "You're the one putting ideas in his head. Keep it up and I'll put you through that window." I shut the door on him. I was shaking and I really believed he would do it, he has a temper and he's a big man.

On the Wednesday after, the 6th, he rang my mobile twice in the afternoon. The first time I didn't answer. The second time he said "you're going to get hurt, I'm telling you now." I put the phone down and rang Lee to come home from work. I was frightened he was going to turn up and hurt me.

Then on Saturday 9th, at Morrisons in Hexworth, he saw me in the car park and walked over and slapped his hand flat on my car window and said "next time it's your face". I locked the doors and waited until he had driven off. I honestly thought he was going to hit me.

Craig has never been violent to me before but I know he has been in trouble for fighting when he was younger. I want him to leave me alone.""",
    spans=[
        ("THREAT_VIOLENCE", "Keep it up and I'll put you through that window"),
        ("DISTRESS", "I was shaking"),
        ("FEAR_OF_VIOLENCE", "I really believed he would do it"),
        ("THREAT_VIOLENCE", "you're going to get hurt, I'm telling you now"),
        ("FEAR_OF_VIOLENCE", "I was frightened he was going to turn up and hurt me"),
        ("THREAT_VIOLENCE", "next time it's your face"),
        ("FEAR_OF_VIOLENCE", "I honestly thought he was going to hit me"),
    ],
)

case(
    4, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="l",
    pattern="uni_flatmate_anti_nigerian_notes_and_comments", relationship="acquaintance", occasions=5,
    text="""\
IP Chukwuemeka (Emeka) NWOSU (19) is a 1st yr student in Block D, Marlowe Court halls, Kingsmere Uni. SUSP Harvey BLYTHE (20) shares the same 6-bed flat. Since start of Oct SUSP has made repeated comments to IP in the shared kitchen about him being Nigerian incl 'go and cook your jungle food somewhere else'. On 3 occs IP's food has been taken out of the fridge and left on the side with a post-it reading 'no africans in our fridge'. On 21/11 SUSP + 2 others (not flatmates, not yet identified) stood in the corridor outside IP's door making monkey noises for approx 5 mins.
Residence Life have moved SUSP to another block pending disciplinary - IP has not seen him since 24/11. IP says he is not afraid of SUSP ('he's pathetic') but is upset and angry and wants it recorded. Post-its seized, exhibits RJ/1-3.""",
    spans=[
        ("REPETITION", "made repeated comments to IP"),
        ("RACIAL_HOSTILITY", "go and cook your jungle food somewhere else"),
        ("REPETITION", "On 3 occs"),
        ("RACIAL_HOSTILITY", "no africans in our fridge"),
        ("RACIAL_HOSTILITY", "making monkey noises for approx 5 mins"),
        ("DISTRESS", "is upset and angry"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="l",
    pattern="college_student_ex_moved_home_quit_job", relationship="ex_partner", occasions=6,
    text="""\
I understand that this statement may be read in court and shown to the defence.

I am 19 and in my second year at Thornbury College doing Animal Management. Reece and I split up last November. Before all this I had a Saturday job at the garden centre, I went to the gym with my friend Aisha three nights a week and I lived in a shared house on Pelham Street with two girls from my course.

I don't live there now. After Reece kept appearing outside the house and I found out he had been going through my bins, I moved back to my mum's in Carlow, which is an hour and twenty minutes on two buses each way. I gave up the garden centre job because he knew my shifts and he would be sat in the cafe there when I finished. I haven't been to the gym since March.

I have been to the GP twice and I'm on sertraline now. My attendance at college has gone down to 80 percent and my tutor has put me on a support plan. I don't sleep properly and I check the map on my phone all the time to see where people are.

I used to be quite a confident person. Now I don't go anywhere on my own.""",
    spans=[
        ("STALK_LOITER", "kept appearing outside the house"),
        ("STALK_PROPERTY", "going through my bins"),
        ("SERIOUS_IMPACT", "I moved back to my mum's in Carlow"),
        ("SERIOUS_IMPACT", "I gave up the garden centre job"),
        ("FIXATION", "he knew my shifts"),
        ("STALK_TURN_UP", "he would be sat in the cafe there when I finished"),
        ("SERIOUS_IMPACT", "I haven't been to the gym since March"),
        ("SERIOUS_IMPACT", "I'm on sertraline now"),
        ("SERIOUS_IMPACT", "Now I don't go anywhere on my own"),
    ],
)

case(
    6, "harassment", "C",
    voice="dash_note", case="mixed", noise="abbrev", batch="l",
    pattern="stepdaughter_abusive_texts_after_fathers_remarriage", relationship="family", occasions=24,
    text="""\
DASH completed 02/02 PC 2207 ABBOTT with IP Mrs Lorraine HEWISH (58). SUSP = IP's stepdaughter Tasha HEWISH (27).
STANDARD - 3 yes (Q8 texting/calling Y, Q9 depressed Y, Q23 drink Y). Q1 frightened - N.
Comments: approx 20 abusive texts and 4 VMs since 18/01, nearly all late at night, calling IP 'gold digger', 'fat slag', 'you took my dad off us'. Started after IP married susp's father in Dec. IP - 'she's all mouth, she'd never lay a finger on me'. I read 14 msgs on IP's phone, no threats in those. IP low and tearful, not sleeping well. Husband has told susp to stop which made it worse for a few days.
Not MARAC. Victim services referral. Crime to be raised.""",
    spans=[
        ("REPETITION", "approx 20 abusive texts and 4 VMs since 18/01"),
        ("REPETITION", "nearly all late at night"),
        ("DISTRESS", "IP low and tearful, not sleeping well"),
        ("UNWANTED", "Husband has told susp to stop"),
        ("ESCALATION", "made it worse for a few days"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="l",
    pattern="older_youth_films_sikh_pupil_posts_tiktok", relationship="acquaintance", occasions=4,
    text="""\
SUSP FOLLOWS IP (17 YRS, SIKH) FROM SCHOOL BUS STOP TO HOME ADDR, FILMS HIM ON PHONE, UPLOADS CLIPS TO TIKTOK WITH CAPTIONS MOCKING TURBAN/'TOWELHEAD'. 4 OCCS SINCE SEPT. HAS ALSO POSTED IP'S STREET NAME IN COMMENTS. IP PARENTS REPORTING""",
    spans=[
        ("STALK_FOLLOW", "FOLLOWS IP (17 YRS, SIKH) FROM SCHOOL BUS STOP TO HOME ADDR"),
        ("STALK_WATCH", "FILMS HIM ON PHONE"),
        ("STALK_PUBLISH", "UPLOADS CLIPS TO TIKTOK"),
        ("RELIGIOUS_HOSTILITY", "CAPTIONS MOCKING TURBAN/'TOWELHEAD'"),
        ("REPETITION", "4 OCCS SINCE SEPT"),
        ("STALK_PUBLISH", "POSTED IP'S STREET NAME IN COMMENTS"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="clean", batch="l",
    pattern="dsl_referral_polish_pupil_threatened_on_bus", relationship="acquaintance", occasions=3,
    text="""\
Email from DSL Ms Rhiannon BEVAN, Castlegate High School, received 0842hrs 12/03:

'I am writing to make a referral about one of our Year 9 students, Kacper W (14), whose family are Polish. Since the February half term he has been repeatedly targeted by a Year 11 boy (Lewis T, 15) on the walk home and on the 47 bus. Kacper has told me, and his mum confirms, that on 26/02 Lewis said "you Polish c*** go back to your own country or I'll stab you", on 04/03 he pushed Kacper against the bus shelter and said "I'll batter you tomorrow, Polack", and last night (11/03) messaged him on Instagram "ur dead monday". After the 26th Kacper told his form tutor he was scared he'd be beaten up. He has been too frightened to come in today and told me on the phone he thinks Lewis will actually knife him. Lewis is in internal exclusion today. Parents are aware and wish to report to police.'

Passed to schools officer PC 4410 for attendance. Possible assault 04/03 - to be clarified.""",
    spans=[
        ("REPETITION", "repeatedly targeted"),
        ("RACIAL_HOSTILITY", "you Polish c*** go back to your own country"),
        ("THREAT_VIOLENCE", "or I'll stab you"),
        ("THREAT_VIOLENCE", "I'll batter you tomorrow"),
        ("RACIAL_HOSTILITY", "Polack"),
        ("THREAT_VIOLENCE", "ur dead monday"),
        ("FEAR_OF_VIOLENCE", "he was scared he'd be beaten up"),
        ("DISTRESS", "too frightened to come in today"),
        ("FEAR_OF_VIOLENCE", "he thinks Lewis will actually knife him"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="mixed", noise="abbrev", batch="l",
    pattern="brother_hostile_to_sisters_conversion_turns_up_loiters_mosque", relationship="family", occasions=9,
    text="""\
Crime ref 52/18834/24   OIC DC 771 NAZIR

04/09 1130 - Statement taken from IP Hannah IQBAL (nee GARSIDE, 29) at home addr Rosemount Rd. IP converted to Islam 2022, married Imran IQBAL 2023. Describes her brother Dean GARSIDE (33) turning up at her house on 6 occasions since late May, usually Fri evenings, standing at the gate shouting that she has 'joined a death cult' and 'I'll get my sister back off you people'. Husband has filmed 2 of these on phone. IP also states Dean has been seen sat in his van on Clifton St opposite the Jamia mosque where she goes to women's classes on Tues - seen by 3 different people.
04/09 1210 - IP v distressed throughout. She has stopped attending classes at the mosque, now takes a different route to work (bus 22 instead of walking) and has had a Ring doorbell fitted. States she isn't scared he'll hurt her physically 'he's my brother', but she can't live like this.
06/09 - Screenshots rec'd. 30+ FB msgs from Dean since June incl 'take that rag off your head', 'muslim scum wont keep you'. IP blocked him in July; msgs since then come from acc 'DG Truth' which IP believes is him.
09/09 - Susp not at home addr (Flat 2, 61 Wellgate). Neighbour says van not seen since wkend. TT susp mobile no ans, VM left. Husband Imran spoken to - confirms dates of 2 visits he filmed, will bring phone in.
11/09 Sgt 2841 - pls arrest when located, consider SPO. This is about IP herself, not just a family row.""",
    spans=[
        ("STALK_TURN_UP", "turning up at her house"),
        ("REPETITION", "on 6 occasions since late May"),
        ("RELIGIOUS_HOSTILITY", "joined a death cult"),
        ("FIXATION", "I'll get my sister back off you people"),
        ("STALK_LOITER", "sat in his van on Clifton St opposite the Jamia mosque"),
        ("DISTRESS", "IP v distressed throughout"),
        ("SERIOUS_IMPACT", "stopped attending classes at the mosque"),
        ("SERIOUS_IMPACT", "takes a different route to work"),
        ("SERIOUS_IMPACT", "has had a Ring doorbell fitted"),
        ("REPETITION", "30+ FB msgs from Dean since June"),
        ("RELIGIOUS_HOSTILITY", "take that rag off your head"),
        ("RELIGIOUS_HOSTILITY", "muslim scum wont keep you"),
        ("UNWANTED", "IP blocked him in July"),
        ("STALK_CONTACT", "msgs since then come from acc 'DG Truth'"),
    ],
)

case(
    10, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="l",
    pattern="sisters_mutual_row_at_mothers", relationship="family", occasions=2,
    text="""\
Result: NFA - non-crime. Sisters Kerry-Ann DOYLE (34) and Shannon DOYLE (31) at mum's addr 9 Kestrel Way on 20/07 and again 27/07. BWV from 27/07 shows both screaming and swearing at each other, each calling the other names, both threatening to 'slap' the other. Row is over who looks after mum (Patricia, 66). Each wants the other arrested. Mutual, no contact between them since 27/07 per both. WOA both. ASC referral re Patricia submitted.""",
    spans=[],
)

case(
    11, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="l",
    pattern="year12_boy_notes_bracelet_leisure_centre", relationship="acquaintance", occasions=5,
    text="""\
diary - started 2 oct like the police lady said

2/10 tues 3.40pm - his mate gave me another note at the lockers, says 'connor says ur the only one for him'. i gave it back. took a pic of it first
4/10 thur - there was a bracelet in my bag after PE, no idea how it got in there. i know its from him coz it had a C on it. mum has it
5/10 fri - 8 missed calls from no caller id between 10pm and 1am. phone was on silent
6/10 sat - he was outside the leisure centre when i finished swimming, just stood by the bikes. didnt say anything. dad picked me up
7/10 sun - new insta acount 'connor_x_waiting' followed me and liked like 40 of my old pics. blocked it
9/10 - told mrs okafor (head of yr 11). she said shed speak to his head of year again""",
    spans=[
        ("STALK_CONTACT", "his mate gave me another note at the lockers"),
        ("FIXATION", "connor says ur the only one for him"),
        ("UNWANTED", "i gave it back"),
        ("STALK_GIFTS", "there was a bracelet in my bag after PE"),
        ("STALK_CONTACT", "8 missed calls from no caller id between 10pm and 1am"),
        ("STALK_LOITER", "he was outside the leisure centre when i finished swimming"),
        ("STALK_CONTACT", "new insta acount 'connor_x_waiting' followed me"),
        ("UNWANTED", "blocked it"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="notebook", case="inconsistent", noise="abbrev", batch="l",
    pattern="former_stepfather_voicemail_threats_student_halls", relationship="family", occasions=3,
    text="""\
TUESDAY 14TH JANUARY 2025
1405 Attended Fenwick House halls, Dunmore Uni, Room 3.12, re report from Mr Tobias WELLING (19). IP plays me 3 VMs on his phone from former stepfather Mr Gareth SHEEHY, left 09/01, 11/01 and 13/01. 1st: 'YOU OWE ME FOR THAT LAPTOP, PAY UP OR I'LL BREAK YOUR HANDS'. 2nd - abuse only. 3rd: 'I KNOW WHICH HALLS YOU'RE IN, I'LL COME UP THERE AND KICK SEVEN BELLS OUT OF YOU'.
IP states 'AFTER THE FIRST ONE I WAS PROPER SCARED, HE USED TO HIT MUM'. after the one on 13/01 he did not go to his 9am lecture as he was scared sheehy would be waiting to attack him. Mother Karen WELLING aware.
1432 cleared. IP to email VMs. crime to follow. RW 5512""",
    spans=[
        ("REPETITION", "left 09/01, 11/01 and 13/01"),
        ("THREAT_VIOLENCE", "PAY UP OR I'LL BREAK YOUR HANDS"),
        ("THREAT_VIOLENCE", "I'LL COME UP THERE AND KICK SEVEN BELLS OUT OF YOU"),
        ("FEAR_OF_VIOLENCE", "AFTER THE FIRST ONE I WAS PROPER SCARED"),
        ("FEAR_OF_VIOLENCE", "he was scared sheehy would be waiting to attack him"),
    ],
)

case(
    13, "stalking_fear_alarm_distress", "CSF",
    voice="judgment", case="mixed", noise="clean", batch="l",
    pattern="appeal_retelling_19yo_ex_school_visit_threat", relationship="ex_partner", occasions=7,
    text="""\
The appellant, then aged 19, and the complainant, then aged 17, had been in a relationship for about eight months when she ended it on 2 January 2023. Over the following seven weeks he sent her several hundred messages across three platforms, the great majority after she had blocked him on each. He attended the complainant's school on 18 January and was escorted from the grounds by a member of staff. On 27 January and again on 9 February he was seen by the complainant standing at the end of her road late in the evening. On 9 February he also sent her a message reading "if I can't have you no one will, remember that". She told her mother that night that she believed he was going to hurt her. On 14 February he approached her at a bus stop on Harland Road, took hold of her wrist and said he would "finish it" if she did not speak to him. The complainant said in evidence that at that moment she thought he was going to kill her. A passer-by intervened and the appellant walked away. He was arrested two days later.""",
    spans=[
        ("REPETITION", "several hundred messages across three platforms"),
        ("UNWANTED", "after she had blocked him on each"),
        ("STALK_TURN_UP", "attended the complainant's school on 18 January"),
        ("REPETITION", "On 27 January and again on 9 February"),
        ("STALK_LOITER", "standing at the end of her road late in the evening"),
        ("THREAT_VIOLENCE", "if I can't have you no one will, remember that"),
        ("FEAR_OF_VIOLENCE", "she believed he was going to hurt her"),
        ("THREAT_VIOLENCE", "took hold of her wrist and said he would \"finish it\""),
        ("FEAR_OF_VIOLENCE", "she thought he was going to kill her"),
    ],
)

case(
    14, "harassment", "C",
    voice="call_log", case="upper", noise="heavy", batch="l",
    pattern="cousin_three_abusive_voicemails_in_ten_minutes", relationship="family", occasions=5,
    text="""\
2214 CLR (DAD) STATES SON IP OLLIE BRAITHWAITE 16 HAS HAD 3 VOICMAILS OFF COUSIN RYAN B 19 WITHIN ABOUT 10 MINS TONITE ALL SWEARING CALLING IP A 'LITTLE RAT' AND 'SNAKE' SAYS HE WILL TELL EVRYONE IP IS A GRASS. FAMILY FALL OUT. NO THREATS TO HURT. IP UPSET CRYING IN HIS ROOM. ALSO 2 SIMLAR VMS LAST WKEND PER IP, DELETED
2217 THRIVE LOW, SUSP NOT AT LOC, PASS SNT FOR CALL BK. ADV RE SAVING VMS""",
    spans=[
        ("REPETITION", "WITHIN ABOUT 10 MINS TONITE"),
        ("DISTRESS", "IP UPSET CRYING IN HIS ROOM"),
        ("REPETITION", "ALSO 2 SIMLAR VMS LAST WKEND"),
    ],
)

case(
    15, "aggravated_harassment", "CDR",
    voice="statement", case="mixed", noise="clean", batch="l",
    pattern="sister_in_law_anti_chinese_family_whatsapp", relationship="family", occasions=4,
    text="""\
I am 31 years old and I live with my husband Tom Harrington and our son Leo, who is 2, at 14 Quarry Bank, Stainby. My parents are from Guangzhou and I was born in Manchester.

Tom's sister Stacey has never liked me, but since Christmas she has made it very obvious why. At Tom's mum's on Boxing Day, in front of everyone, she asked if I'd brought "a takeaway for the chinky". Tom told her to stop and she laughed.

In January she posted in the family WhatsApp group, which has about fifteen people in it, a picture of a bat with the message "Mei's tea is ready". A few days later she sent me a private message saying "Leo won't look like one of us, shame". On 14 February she put another message in the group calling me "the import" and saying Tom had "ordered a bride off the internet". I have screenshots of all of these and I have given them to PC Adeyemi.

I have left the family group. Tom has spoken to his mum about it and she says Stacey is only joking. I don't feel scared of Stacey, I just feel humiliated, and I have stopped going to family things because she will be there. Leo hasn't seen his cousins since February.""",
    spans=[
        ("RACIAL_HOSTILITY", "a takeaway for the chinky"),
        ("RACIAL_HOSTILITY", "a picture of a bat with the message \"Mei's tea is ready\""),
        ("RACIAL_HOSTILITY", "Leo won't look like one of us, shame"),
        ("RACIAL_HOSTILITY", "calling me \"the import\""),
        ("RACIAL_HOSTILITY", "ordered a bride off the internet"),
        ("DISTRESS", "I just feel humiliated"),
        ("SERIOUS_IMPACT", "I have stopped going to family things"),
    ],
)

case(
    16, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="l",
    pattern="former_flatmate_jewish_student_accounts_note_under_door", relationship="acquaintance", occasions=7,
    text="""\
Sgt review 19/04 - 3318 OKONJO
Read the file. Crime currently classified as Malicious Comms x1 - not right, it is the whole pattern. IP Rebecca LEVY (20), student at Harcourt Uni, reports former flatmate Callum DRISCOLL (21) (shared flat at Wren Court Sept-Dec) has:
- made at least 4 anon Instagram accs since Jan to view her stories after being blocked on each
- turned up at the Jewish Society Friday meal at the chaplaincy twice (Feb, Mar) - not a member, sat watching her then left
- left a note under her door at her NEW flat (she hadn't given him the address): 'found you. can't hide behind your Israel money forever'
- messaged her friend Jess asking what time Rebecca's lectures finish
IP 'creeped out' but carrying on as normal, no change to routine, not frightened he'll hurt her.
Actions: 1. subscriber checks on IG accs 2. statement Jess AMBROSE 3. arrest/interview 4. consider SPO. Review 7 days.""",
    spans=[
        ("STALK_MONITOR", "made at least 4 anon Instagram accs since Jan to view her stories"),
        ("UNWANTED", "after being blocked on each"),
        ("STALK_TURN_UP", "turned up at the Jewish Society Friday meal at the chaplaincy"),
        ("REPETITION", "twice (Feb, Mar)"),
        ("STALK_WATCH", "sat watching her then left"),
        ("STALK_GIFTS", "left a note under her door at her NEW flat"),
        ("FIXATION", "found you"),
        ("RACIAL_HOSTILITY", "can't hide behind your Israel money forever"),
        ("STALK_MONITOR", "messaged her friend Jess asking what time Rebecca's lectures finish"),
        ("DISTRESS", "'creeped out'"),
    ],
)

case(
    17, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="l",
    pattern="ex_bf_single_outburst_in_college_canteen", relationship="ex_partner", occasions=1,
    text="""\
1250hrs Thurs 06/06 IP Jodie MARSDEN (18) in Westfield College canteen when ex-bf Tyler QUINN (19) walked in and shouted across that she was a 'slag' and 'if I see you with him again I'll wreck you'. Security removed him. IP was shaken and went home early. Split in March, IP says no contact at all from him before or since. QUINN admits attending, denies threat.""",
    spans=[
        ("THREAT_VIOLENCE", "if I see you with him again I'll wreck you"),
        ("DISTRESS", "IP was shaken and went home early"),
    ],
)

case(
    18, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="abbrev", batch="l",
    pattern="partners_stepfather_racist_threats_at_flat_and_work", relationship="family", occasions=3,
    text="""\
20:41 Caller Kwame ASANTE (23) states partner's stepfather Nigel ROPER has just driven past him outside his flat on Lowther St and shouted out of the window 'I'm coming back for you n*****'. Caller says this is the 3rd time in 2 wks.
20:42 Last wk (poss Tues) ROPER came into caller's work (Halfords, Carr Retail Park) and told him 'stay away from her or I'll cut you, you black b******'. Caller says he believed ROPER would do it, has been sleeping at his brother's since.
20:44 Caller v scared now, thinks ROPER will come back with others and beat him up. Doors locked, advised stay inside.
20:45 G1 - repeat threats, caller believes attack imminent. 3C11 assigned.
20:46 PNC ROPER - ABH 2016, affray 2019.
20:58 3C11 on scene. ROPER not present. Caller's partner Leanne says ROPER 'doesn't want me with a black lad', has gone on about it for months.""",
    spans=[
        ("THREAT_VIOLENCE", "I'm coming back for you"),
        ("RACIAL_HOSTILITY", "n*****"),
        ("REPETITION", "this is the 3rd time in 2 wks"),
        ("THREAT_VIOLENCE", "stay away from her or I'll cut you"),
        ("RACIAL_HOSTILITY", "you black b******"),
        ("FEAR_OF_VIOLENCE", "he believed ROPER would do it"),
        ("SERIOUS_IMPACT", "has been sleeping at his brother's since"),
        ("FEAR_OF_VIOLENCE", "thinks ROPER will come back with others and beat him up"),
        ("RACIAL_HOSTILITY", "doesn't want me with a black lad"),
    ],
)

case(
    19, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="l",
    pattern="estranged_father_parcels_to_work_car_park_relatives", relationship="family", occasions=14,
    text="""\
DASH/S-DASH 11/11 PC 1876 DEVLIN. IP Chloe FAIRBAIRN (26), SUSP her father Malcolm FAIRBAIRN (61). Familial not intimate. IP cut contact with susp approx 18 mths ago (historic reasons, IP didn't want to go into it).
Since Aug susp has sent cards & parcels to her work (Ridings Vets) approx weekly - 11 items so far incl childhood photos of her; has sat in the vets' car park in his Skoda on 3 occasions at closing; has asked IP's aunt and cousin to pass on letters. Letters say 'I will never give up on you' and 'a father has rights'.
S-DASH: frightened N ('I'm not scared of him, he's pathetic'); visits >3/wk N; loitering Y; threats N; others harassed Y (aunt); recruited others Y; violence N.
STANDARD. IP wants him told to stop. Sgt to advise re warning/EHN.""",
    spans=[
        ("UNWANTED", "IP cut contact with susp approx 18 mths ago"),
        ("STALK_GIFTS", "sent cards & parcels to her work (Ridings Vets) approx weekly"),
        ("REPETITION", "11 items so far"),
        ("STALK_LOITER", "sat in the vets' car park in his Skoda"),
        ("REPETITION", "on 3 occasions at closing"),
        ("STALK_CONTACT", "asked IP's aunt and cousin to pass on letters"),
        ("FIXATION", "I will never give up on you"),
        ("FIXATION", "a father has rights"),
    ],
)

case(
    20, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="l",
    pattern="sixth_former_hijab_followed_photographed_group_chat", relationship="acquaintance", occasions=6,
    text="""\
I have been told that this statement can be read out in court and that the defendant will see it.

I was in my first year of A levels at Brookfield Sixth Form when this started. I wear a hijab and I have done since I was twelve.

I did not know Ashley Renshaw well before last September. After he started following me from the bus stop to college and taking photos of me, and putting them on the 'Brookfield Banter' group chat with things like 'ninja spotted' and 'bomb squad on the 38', I felt like everybody was looking at me all the time. When I saw him standing across the road from our house on two Sundays I was terrified that he knew where I lived.

I moved to a different sixth form in January. It is further away and my dad drives me now because I won't get the bus. I have had to drop one of my A levels because the new college does not offer it. I stopped going to the youth group at our masjid because he had posted a picture of me outside it.

I used to love going into town with my friends. I don't do that now. My mum says I'm a different person.""",
    spans=[
        ("STALK_FOLLOW", "following me from the bus stop to college"),
        ("STALK_WATCH", "taking photos of me"),
        ("STALK_PUBLISH", "putting them on the 'Brookfield Banter' group chat"),
        ("RELIGIOUS_HOSTILITY", "ninja spotted"),
        ("RELIGIOUS_HOSTILITY", "bomb squad on the 38"),
        ("STALK_LOITER", "standing across the road from our house on two Sundays"),
        ("DISTRESS", "I was terrified that he knew where I lived"),
        ("SERIOUS_IMPACT", "I moved to a different sixth form in January"),
        ("SERIOUS_IMPACT", "my dad drives me now because I won't get the bus"),
        ("SERIOUS_IMPACT", "I have had to drop one of my A levels"),
        ("SERIOUS_IMPACT", "I stopped going to the youth group at our masjid"),
        ("STALK_PUBLISH", "he had posted a picture of me outside it"),
        ("SERIOUS_IMPACT", "I don't do that now"),
    ],
)

case(
    21, "harassment_fear_of_violence", "CDF",
    voice="updates", case="inconsistent", noise="typos", batch="l",
    pattern="student_houseshare_flatmate_threats_over_bills", relationship="acquaintance", occasions=2,
    text="""\
upd 1 - 03/03 1540 PC 6602
spoke to IP Nathan O'CONNELL (20) at flat 4, 21 Glebe Terrace (student let, 5 tenants). issue is with flatmate Aaron WESTBURY (21) over bills + cleaning, been going on since xmas. IP says on 28/02 aaron pinned him against the fridge and said 'touch my stuff again and ill stab you'. then 01/03 banged on his bedroom door at 3am shouting 'your getting it tomorow'. IP genuinly thinks aaron will attack him, has put a bolt on his door and is staying at his girlfriends most nights. says he was scared for his safety both times. other flatmates W1 Priyanka, W2 Finn heard the 01/03 one.
upd 2 - 04/03 0910 PC 6602
TT landlord Mr SANDHU - aware of dispute, says WESTBURY has been given notice. susp not yet spoken to
upd 3 - 06/03 DS 204
fridge incident = common assault also. arrest susp, obtain W1/W2 statements""",
    spans=[
        ("THREAT_VIOLENCE", "touch my stuff again and ill stab you"),
        ("THREAT_VIOLENCE", "your getting it tomorow"),
        ("FEAR_OF_VIOLENCE", "genuinly thinks aaron will attack him"),
        ("SERIOUS_IMPACT", "has put a bolt on his door"),
        ("SERIOUS_IMPACT", "staying at his girlfriends most nights"),
        ("FEAR_OF_VIOLENCE", "he was scared for his safety both times"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="third_party", case="mixed", noise="clean", batch="l",
    pattern="uni_wellbeing_report_male_student_ex_gf_halls", relationship="ex_partner", occasions=8,
    text="""\
Online report submitted by a Wellbeing Adviser, Lowmoor University, on behalf of a student (consent given).

Student: Josh McALINDEN (19), 1st year, Elmfield halls. Josh ended a relationship with Megan TILLOTSON (19) in October. Since then Megan has repeatedly attended his halls and waited in the common room for him, getting into the building by tailgating at least twice; sent him messages from friends' phones after he blocked her; tagged him in Instagram posts claiming he is 'a cheat who gave me an STI' (which Josh says is untrue); and on 2 occasions been seen by his flatmates looking through the ground floor window of his flat late at night.

Josh has moved rooms within halls via the Accommodation Office, now avoids the main library because she studies there, and has missed about three weeks of lectures. His personal tutor has granted extensions on two modules. He is anxious and not sleeping. He has not contacted police himself as he is embarrassed ('nobody believes a lad'). He is happy to be contacted on 07700 900418, afternoons preferred.""",
    spans=[
        ("STALK_TURN_UP", "repeatedly attended his halls"),
        ("STALK_LOITER", "waited in the common room for him"),
        ("REPETITION", "at least twice"),
        ("STALK_CONTACT", "sent him messages from friends' phones after he blocked her"),
        ("STALK_PUBLISH", "tagged him in Instagram posts claiming he is 'a cheat who gave me an STI'"),
        ("REPETITION", "on 2 occasions"),
        ("STALK_WATCH", "looking through the ground floor window of his flat"),
        ("SERIOUS_IMPACT", "moved rooms within halls"),
        ("SERIOUS_IMPACT", "now avoids the main library"),
        ("SERIOUS_IMPACT", "missed about three weeks of lectures"),
        ("DISTRESS", "He is anxious and not sleeping"),
    ],
)

case(
    23, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="l",
    pattern="aunt_abusive_texts_over_jewellery_issue_based", relationship="family", occasions=17,
    text="""\
A/Sgt 2290 KAUR review 28/08. Recorded as stalking by initial officer - I've read the msgs (MH/1, 12 pages). Susp Bernadette COYLE (54) is IP Siobhan COYLE's (21) aunt. Between 10/08 and 24/08 approx 15 texts + 2 FB msgs, nasty ('thieving little cow', 'you'll rot in hell for this'), all about IP's late mum's jewellery. No following, turning up or monitoring; aunt lives in Galway. IP upset, not in fear. Issue-based. Reclassify, statement from IP, review 14 days.""",
    spans=[
        ("REPETITION", "approx 15 texts + 2 FB msgs"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    24, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="l",
    pattern="teen_couple_two_incidents_reconciled_between", relationship="ex_partner", occasions=2,
    text="""\
RESULT - NFA. IP Amber WHITTAKER (18) / susp Declan FLYNN (19). 14/02 row at IP's mum's, susp punched a door (DA non-crime, CAD 0417). Couple back together March-July. 22/07 after 2nd split susp sent one abusive Snapchat msg; IP tearful that night. No contact since 23/07, susp moved to Leeds for work. Two episodes 5 mths apart, relationship resumed between. IP doesn't support, 'it's done now'. IDVA offered, declined.""",
    spans=[
        ("DISTRESS", "IP tearful that night"),
    ],
)

case(
    25, "aggravated_stalking", "CSR",
    voice="call_log", case="lower", noise="abbrev", batch="l",
    pattern="stepson_sits_outside_stepmothers_house_racist_car_writing", relationship="family", occasions=6,
    text="""\
0718 clr mrs anjali chowdhury-webb states stepson (husbands son from 1st marriage) kieran webb 20 has been sat outside the house in his car again this morning from approx 0630, 4th time this month. not doing anything, just watching the house. last wk she found the valve caps off all 4 tyres on her car and 'p*** go home' written in the dirt on the back window - certain its him as he said same to her at the wedding. also been posting pics of her house on his fb story 'look whos living in my dads house now'
0719 clr not scared of him 'hes a boy', husband at work. wants him moved on + it recording
0721 susp veh blue fiesta still o/s. G2, 2F04 assigned
0740 2F04 - veh gone on arrival. AQOA. will call at susp mothers addr
0812 2F04 - spoke to susp, denies writing on car, says 'free country' re parking. WOA. crime to follow""",
    spans=[
        ("STALK_LOITER", "sat outside the house in his car again this morning"),
        ("REPETITION", "4th time this month"),
        ("STALK_WATCH", "just watching the house"),
        ("STALK_PROPERTY", "valve caps off all 4 tyres on her car"),
        ("RACIAL_HOSTILITY", "'p*** go home' written in the dirt on the back window"),
        ("STALK_PUBLISH", "posting pics of her house on his fb story"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="l",
    pattern="parent_at_school_gate_anti_roma_abuse", relationship="acquaintance", occasions=3,
    text="""\
SUSP (PARENT AT SAME PRIMARY) HAS ON 3 OCCS AT AFTERNOON PICK-UP SHOUTED AT IP 'GYPO SCUM' AND 'GO BACK TO ROMANIA', SPAT ON GROUND NEXT TO IP. STARTED OVER CHILDREN FALLING OUT IN CLASS. IP EMBARRASSED, NOT IN FEAR.""",
    spans=[
        ("REPETITION", "ON 3 OCCS AT AFTERNOON PICK-UP"),
        ("RACIAL_HOSTILITY", "GYPO SCUM"),
        ("RACIAL_HOSTILITY", "GO BACK TO ROMANIA"),
        ("DISTRESS", "IP EMBARRASSED"),
    ],
)

case(
    27, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="l",
    pattern="former_pupil_emails_teacher_waits_at_gate_flowers_home", relationship="acquaintance", occasions=6,
    text="""\
I am a teacher of English at Harrowby Community School in Wetherden and have been for eleven years. I taught Liam Garvey in Year 11 and in the sixth form. He left in July 2023.

In October 2023 he started emailing my school email address. At first it was about books he was reading, and I replied once, politely, wishing him well. After that the emails came every few days and became more personal. He said he "thinks about our conversations every day" and that I was "the only person who ever understood" him. I stopped replying and in December I asked our IT manager to block his address. He then wrote to me from two other addresses.

On 19 January I was leaving the school car park at about ten past five and saw him standing by the pedestrian gate. He waved. I did not stop.

On 2 February there was a bunch of flowers on my doorstep at home with a card saying "from L". I have never given him my address. I live about eight miles from the school.

I am uneasy about all of this rather than frightened. I have told my head teacher and kept all of the emails.""",
    spans=[
        ("STALK_CONTACT", "started emailing my school email address"),
        ("REPETITION", "the emails came every few days"),
        ("FIXATION", "thinks about our conversations every day"),
        ("FIXATION", "the only person who ever understood"),
        ("UNWANTED", "asked our IT manager to block his address"),
        ("STALK_CONTACT", "wrote to me from two other addresses"),
        ("STALK_LOITER", "saw him standing by the pedestrian gate"),
        ("STALK_GIFTS", "a bunch of flowers on my doorstep at home"),
        ("FIXATION", "I have never given him my address"),
        ("DISTRESS", "I am uneasy about all of this"),
    ],
)

case(
    28, "aggravated_harassment_fear_of_violence", "CDFR",
    voice="judgment", case="mixed", noise="clean", batch="l",
    pattern="appeal_retelling_youth_threatens_somali_boy_on_estate", relationship="acquaintance", occasions=3,
    text="""\
The appellant was 18 and the complainant 15 at the material time. Both lived on the Harnley estate. The prosecution case was that on three occasions between 3 September and 8 October 2022 the appellant confronted the complainant, who is of Somali heritage. On the first, near the play park, he told him that "your lot" were not wanted on the estate and that he would "get shanked" if he was seen there again. The complainant went home and told his mother he was frightened the appellant would stab him. On 17 September the appellant approached him outside the Co-op on Tanner Street, used a racially abusive term and drew a finger across his throat. On 8 October he sent him a voice note, played to the jury, saying "Somali rat, you're getting wet up this week". The complainant's evidence was that after each of the last two incidents he believed he was going to be stabbed, and that he did not leave the family's flat for nine days. The jury convicted.""",
    spans=[
        ("REPETITION", "on three occasions between 3 September and 8 October 2022"),
        ("RACIAL_HOSTILITY", "\"your lot\" were not wanted on the estate"),
        ("THREAT_VIOLENCE", "he would \"get shanked\" if he was seen there again"),
        ("FEAR_OF_VIOLENCE", "he was frightened the appellant would stab him"),
        ("RACIAL_HOSTILITY", "used a racially abusive term"),
        ("THREAT_VIOLENCE", "drew a finger across his throat"),
        ("RACIAL_HOSTILITY", "Somali rat"),
        ("THREAT_VIOLENCE", "you're getting wet up this week"),
        ("FEAR_OF_VIOLENCE", "he believed he was going to be stabbed"),
        ("SERIOUS_IMPACT", "he did not leave the family's flat for nine days"),
    ],
)

case(
    29, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="upper", noise="heavy", batch="l",
    pattern="17yo_ex_stones_at_window_follows_from_school", relationship="ex_partner", occasions=5,
    text="""\
2347 CLR MUM OF IP (AMELIA 16) STATES IP EX BF KYLE MAHONEY 17 HAS BEEN THROWING STONES AT IP BEDROOM WINDOW 15 MINS AGO SHOUTING FOR HER TO COME OUT NOW GONE TWRDS PARK. SAME HAPPND SAT NITE. IP FINISHED WITH HIM 2 WKS AGO HES BEEN FOLLOWIN HER HOME FROM SCHOOL ON HIS BIKE MOST DAYS SINCE. SNAPCHAT MSG TONITE 'U THINK U CAN JUST BIN ME OFF, WAIT TIL I GET U ON UR OWN'. IP HYSTERICAL SAYS SHES SCARED HE'LL HURT HER, SAID SAME SAT NITE + WOULDNT GO TO SCHOOL MON. CLR ALSO SCARED
2349 THRIVE - REPEAT, ESCALATING, YOUNG VICTIM, SUSP POSS STILL IN AREA. G1
2350 ASSIGNED 1A22 / 1A31
0003 1A22 - AREA SEARCH PARK NO TRACE. ATT CLR ADDR""",
    spans=[
        ("STALK_TURN_UP", "THROWING STONES AT IP BEDROOM WINDOW"),
        ("REPETITION", "SAME HAPPND SAT NITE"),
        ("STALK_FOLLOW", "FOLLOWIN HER HOME FROM SCHOOL ON HIS BIKE"),
        ("REPETITION", "MOST DAYS SINCE"),
        ("FIXATION", "U THINK U CAN JUST BIN ME OFF"),
        ("THREAT_VIOLENCE", "WAIT TIL I GET U ON UR OWN"),
        ("FEAR_OF_VIOLENCE", "SHES SCARED HE'LL HURT HER"),
        ("FEAR_OF_VIOLENCE", "SAID SAME SAT NITE"),
        ("SERIOUS_IMPACT", "WOULDNT GO TO SCHOOL MON"),
        ("ESCALATION", "ESCALATING"),
    ],
)

case(
    30, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="crime_summary", case="mixed", noise="redacted", batch="l",
    pattern="ex_bf_pursues_british_pakistani_student_anti_muslim_blade_threat", relationship="ex_partner", occasions=9,
    text="""\
Crime summary (redacted copy)
Between [DATE] and [DATE] the suspect [NAME 2] (19), ex-boyfriend of the IP [NAME 1] (18), has pursued the IP after she ended their 10-month relationship in early May; IP states her family did not approve. Since then susp has rung her 60+ times from withheld numbers, waited outside her college on [ADDRESS] on at least 5 occasions, and followed her car to her uncle's house in [LOCATION]. Msgs blame her family - 'your p*** family and their backwards religion', 'muslims like your dad need putting down'.
On [DATE] he blocked her car in the college car park and told her 'I'll hurt you before I let them marry you off'. IP states she was petrified he'd drag her out of the car. On [DATE] he rang and said he was 'outside with a blade'; IP hid in the bathroom and called 999 believing he would stab her.
IP now collected from college by her brother daily and has deactivated all social media. OIC XXXX.""",
    spans=[
        ("STALK_CONTACT", "rung her 60+ times from withheld numbers"),
        ("STALK_LOITER", "waited outside her college on [ADDRESS]"),
        ("REPETITION", "on at least 5 occasions"),
        ("STALK_FOLLOW", "followed her car to her uncle's house"),
        ("RACIAL_HOSTILITY", "your p*** family"),
        ("RELIGIOUS_HOSTILITY", "their backwards religion"),
        ("RELIGIOUS_HOSTILITY", "muslims like your dad need putting down"),
        ("THREAT_VIOLENCE", "I'll hurt you before I let them marry you off"),
        ("FEAR_OF_VIOLENCE", "she was petrified he'd drag her out of the car"),
        ("THREAT_VIOLENCE", "outside with a blade"),
        ("FEAR_OF_VIOLENCE", "believing he would stab her"),
        ("SERIOUS_IMPACT", "collected from college by her brother daily"),
        ("SERIOUS_IMPACT", "deactivated all social media"),
    ],
)

case(
    31, "harassment_fear_of_violence", "CF",
    voice="victim_diary", case="mixed", noise="typos", batch="l",
    pattern="adult_son_money_threats_diary", relationship="family", occasions=5,
    text="""\
Mon 3 June - Jordan rang 8pm wanting £200. I said no. He said 'I'll come round and put you on the floor'. I couldnt sleep, I was sure he meant it.
Weds 5 June - 3 calls same thing. Hung up on him.
Fri 7 June - came to the door 11.30pm hammering. Didnt open it. Shouting through letterbox 'you'll get whats coming old woman'. Sat on the stairs with the phone in my hand shaking, I really thought he'd get in and hit me. Bev next door came out and he went.
Sat 8 June - text 'sorry mam' then 'ur dead to me anyway'""",
    spans=[
        ("THREAT_VIOLENCE", "I'll come round and put you on the floor"),
        ("DISTRESS", "I couldnt sleep"),
        ("FEAR_OF_VIOLENCE", "I was sure he meant it"),
        ("REPETITION", "3 calls same thing"),
        ("THREAT_VIOLENCE", "you'll get whats coming old woman"),
        ("FEAR_OF_VIOLENCE", "I really thought he'd get in and hit me"),
    ],
)

case(
    32, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev", batch="l",
    pattern="student_letting_agent_arrears_calls_lawful", relationship="landlord", occasions=14,
    text="""\
1102 CLR Grace ODUYA (20), student. Letting agent (Hallmark Student Lets) 'won't leave her alone' - calls re rent arrears approx £900 most days last 2 wks, 2 letters, inspection yday with 24hrs notice. CLR feels harassed and anxious. Agent polite per CLR.
1106 Advised lawful debt recovery / property mgmt - civil. Shelter + SU advice details given.
1107 Closed non-crime""",
    spans=[
        ("DISTRESS", "CLR feels harassed and anxious"),
    ],
)

case(
    33, "harassment", "C",
    voice="notebook", case="mixed", noise="abbrev", batch="l",
    pattern="ex_partners_mother_abuse_at_child_handovers", relationship="family", occasions=6,
    text="""\
FRIDAY 21ST MARCH 2025
1810 Attended McDonalds car park, Wyvern Retail Park re dispute at child handover. Spoke to Ms Kayleigh LANGFORD (29). States ex-partner's mother Mrs Maureen TOLLAND (63) does handovers of son Alfie (4) on Fridays and on the last 4 Fridays has shouted abuse at her in front of Alfie - 'useless slapper', 'unfit'. Tonight: "YOU'RE A DISGRACE OF A MOTHER, EVERYONE KNOWS IT". Also rings Ms LANGFORD most Sundays to have a go, now lets it go to VM. No threats. Ms LANGFORD sick of it and dreads Fridays.
Mrs TOLLAND spoken to - "I'M JUST SAYING THE TRUTH". Advised. Family court order in place re contact, Ms LANGFORD to raise with her solicitor.
1842 Cleared. Crime report to follow. MR 7719""",
    spans=[
        ("REPETITION", "on the last 4 Fridays"),
        ("REPETITION", "rings Ms LANGFORD most Sundays to have a go"),
        ("DISTRESS", "Ms LANGFORD sick of it and dreads Fridays"),
    ],
)

case(
    34, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="clean", batch="l",
    pattern="mother_reports_fake_tiktok_of_daughter_snap_map_racist", relationship="acquaintance", occasions=6,
    text="""\
Online report form - submitted by Mrs Yetunde BALOGUN (mother)
Victim: Tolu BALOGUN, 13, Year 8, Parkside Academy

'My daughter has been targeted since the summer by a girl from her old primary, Madison (16, surname we think Pickering). Madison made a fake TikTok account using Tolu's name and school photo and posts videos pretending to be her, with monkey emojis and captions about her hair and skin. We reported it and it was taken down, and a new one appeared within a week - that is 3 accounts now. Madison also messages Tolu's friends asking where Tolu is and screenshots Tolu's location off Snap Map, then sends it to her saying "saw you at Nando's, nice hair, not". Tolu has blocked her everywhere. Tolu is upset and embarrassed at school but is still going in. We just want this to stop.'

Crime ref to be issued. Passed to CYP team.""",
    spans=[
        ("STALK_PUBLISH", "made a fake TikTok account using Tolu's name and school photo"),
        ("STALK_PUBLISH", "posts videos pretending to be her"),
        ("RACIAL_HOSTILITY", "monkey emojis and captions about her hair and skin"),
        ("REPETITION", "a new one appeared within a week"),
        ("REPETITION", "3 accounts now"),
        ("STALK_MONITOR", "messages Tolu's friends asking where Tolu is"),
        ("STALK_MONITOR", "screenshots Tolu's location off Snap Map"),
        ("STALK_CONTACT", "saw you at Nando's, nice hair, not"),
        ("UNWANTED", "Tolu has blocked her everywhere"),
        ("DISTRESS", "Tolu is upset and embarrassed at school"),
    ],
)

case(
    35, "stalking", "CS",
    voice="crime_summary", case="upper", noise="abbrev", batch="l",
    pattern="ex_sister_in_law_icloud_access_knows_movements", relationship="family", occasions=13,
    text="""\
IP LAURA KINSELLA (38) REPORTS EX SISTER-IN-LAW DEBBIE KINSELLA-HART (44) HAS SINCE FEB BEEN ACCESSING IP'S ICLOUD ACC (OLD SHARED PASSWORD). SUSP KNEW DETAILS OF PHOTOS IP TOOK ON HOLIDAY IN CORNWALL, NEVER POSTED. ON 3 OCCS ASKED IP'S DAUGHTER (12) ABOUT WHERE IP HAD BEEN THAT DAY. TURNED UP AT IP'S NEW PARTNER'S HOUSE 18/05 ASKING IF IP WAS THERE. UNKNOWN DEVICE SIGN-IN ON 9 DATES SINCE MARCH. IP SAYS 'CREEPY', NOT FRIGHTENED.""",
    spans=[
        ("STALK_MONITOR", "ACCESSING IP'S ICLOUD ACC"),
        ("STALK_MONITOR", "KNEW DETAILS OF PHOTOS IP TOOK ON HOLIDAY IN CORNWALL"),
        ("REPETITION", "ON 3 OCCS"),
        ("STALK_MONITOR", "ABOUT WHERE IP HAD BEEN THAT DAY"),
        ("STALK_TURN_UP", "TURNED UP AT IP'S NEW PARTNER'S HOUSE 18/05 ASKING IF IP WAS THERE"),
        ("REPETITION", "ON 9 DATES SINCE MARCH"),
        ("DISTRESS", "'CREEPY'"),
    ],
)

case(
    36, "aggravated_harassment", "CDR",
    voice="updates", case="mixed", noise="typos", batch="l",
    pattern="parent_emails_and_gate_abuse_to_indian_teaching_assistant", relationship="acquaintance", occasions=8,
    text="""\
Update 1 12/06 - PC 4017 spoke to IP Mrs Deepa MISTRY (41), TA at Holme Lane Primary. Susp is parent Mr Gary ROTHWELL (39), son is in IP's class. Since IP raised concerns about the boys behaviour in April susp has sent 6 emails to the school office adressed to IP calling her 'that Indian woman who can barely speak English' and demanding 'a proper British teacher'. On 2 occasions at the gate (09/05, 06/06) he has said loudly 'here's curry breath' as she walked past. Head Mr OYELARAN has the emails.
Update 2 13/06 - emails recieved from school, 6 confirmed, 2 also cc'd to a local councillor. No threats in any.
Update 3 14/06 - IP feels humilated in front of parents, has asked to be moved to the KS1 gate to avoid him. Not frightend. Susp to be interviewed vol.""",
    spans=[
        ("REPETITION", "sent 6 emails to the school office"),
        ("RACIAL_HOSTILITY", "that Indian woman who can barely speak English"),
        ("RACIAL_HOSTILITY", "a proper British teacher"),
        ("REPETITION", "On 2 occasions at the gate (09/05, 06/06)"),
        ("RACIAL_HOSTILITY", "here's curry breath"),
        ("DISTRESS", "IP feels humilated in front of parents"),
        ("SERIOUS_IMPACT", "asked to be moved to the KS1 gate to avoid him"),
    ],
)

case(
    37, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="l",
    pattern="flatmate_rejected_listens_for_door_enters_room_victim_moves", relationship="acquaintance", occasions=7,
    text="""\
I moved into 9 Abbeygate Flats with four other students in September. One of them was Oscar Lindqvist-Brown, who is in the year above me. At first we got on fine. In November he told me he had feelings for me and I told him I didn't feel the same way. I was kind about it.

After that he started to be wherever I was. If I went into the kitchen he would come in within a minute, every time. I realised he was listening for my door. He would be sitting in the library on the same floor as me even though his subject is taught in a different building. Twice he walked behind me all the way back from the Students' Union at night and when I turned round he said he was "just making sure I got back safe".

In January I found he had been going into my room when I was out. My diary had been moved and a hoodie of mine was missing. The flat cleaner later found it in his room.

I moved out of the flat on 3 February and I am now in university accommodation on the other side of the city, which costs me more. I changed my seminar group so I would not be in the same building as him on Thursdays. I have started seeing a counsellor through student services. I don't walk anywhere on my own after dark now. My mum wants me to come home at weekends so I go back to Shrewsbury most Fridays, which means I miss the netball socials I used to go to.""",
    spans=[
        ("UNWANTED", "I told him I didn't feel the same way"),
        ("FIXATION", "he started to be wherever I was"),
        ("STALK_WATCH", "he was listening for my door"),
        ("STALK_LOITER", "sitting in the library on the same floor as me"),
        ("REPETITION", "Twice"),
        ("STALK_FOLLOW", "walked behind me all the way back from the Students' Union at night"),
        ("STALK_PROPERTY", "going into my room when I was out"),
        ("STALK_PROPERTY", "a hoodie of mine was missing"),
        ("SERIOUS_IMPACT", "I moved out of the flat on 3 February"),
        ("SERIOUS_IMPACT", "I changed my seminar group"),
        ("SERIOUS_IMPACT", "I have started seeing a counsellor"),
        ("SERIOUS_IMPACT", "I don't walk anywhere on my own after dark now"),
    ],
)

case(
    38, "aggravated_harassment_fear_of_violence", "CFR",
    voice="dash_note", case="mixed", noise="abbrev", batch="l",
    pattern="brother_threatens_sister_for_marrying_muslim_man", relationship="family", occasions=4,
    text="""\
DASH 23/10 PC 3150 HUGHES-JONES
IP: Sarah RAHMAN (nee COLLIER) 32. Susp: IP's brother Wayne COLLIER 35.
MEDIUM - 11 ticks. Not MARAC at present, DA officer review requested.
Q1 frightened: YES - 'I honestly think he'll hurt me next time he sees me.'
Q3 who: brother.
Q8 texting/calling: YES - approx 25 msgs since 1/10 incl 'u married a p*** u deserve everything coming', 'race traitor', 'ur getting a kicking'.
Q12 threats to kill: NO - but 'I'll smash your face in' on 14/10 at mum's.
Comments: after 14/10 IP so scared he'd attack her she left mum's by the back door and got a taxi. 20/10 susp parked o/s her house approx 20 mins revving engine, IP 'thought he was going to come in and batter me', hid upstairs with the kids. Husband Faisal at work. IP's mum Linda says susp 'has always hated that she married a Muslim'.
Safety plan, TecSOS to be issued, marker on addr.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "I honestly think he'll hurt me next time he sees me"),
        ("REPETITION", "approx 25 msgs since 1/10"),
        ("RACIAL_HOSTILITY", "u married a p***"),
        ("THREAT_VIOLENCE", "u deserve everything coming"),
        ("RACIAL_HOSTILITY", "race traitor"),
        ("THREAT_VIOLENCE", "ur getting a kicking"),
        ("THREAT_VIOLENCE", "I'll smash your face in"),
        ("FEAR_OF_VIOLENCE", "IP so scared he'd attack her"),
        ("FEAR_OF_VIOLENCE", "thought he was going to come in and batter me"),
        ("RELIGIOUS_HOSTILITY", "has always hated that she married a Muslim"),
    ],
)

case(
    39, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="result_note", case="mixed", noise="abbrev", batch="l",
    pattern="neighbour_youth_photographs_traveller_teen_fb_group", relationship="neighbour", occasions=11,
    text="""\
RESULT 18/12 - CHARGED x1, bailed with conditions not to contact IP or enter Greenbank Park. 1st appearance Wexcombe MC 08/01.
Summary for file: IP Patrick 'Paddy' WARD (16), from an Irish Traveller family on the Greenbank Park site. Susp Bradley ELLWOOD (19), lives on Foxglove Rd backing onto the site. Between Sept and Nov susp photographed IP on at least 8 occs (walking to school, at the shop, through the site fence) and posted the pics on a FB group he set up called 'Greenbank Pikey Watch' with comments incl 'lock up your bikes' and 'dirty gyppo'. Susp also followed IP on his moped on 3 occs incl to the school gates. IP's parents moved him to his aunt's in another county from 22/11 and he has not attended school since early Nov. GP notes anxiety. Susp admits setting up the group in interview, denies following, says 'it's banter'. Phone download - 46 photos of IP.
VCOP update given to mum. 2nd susp (group admin) NFA, insufficient evidence. OIC DC 6625 ROSS.""",
    spans=[
        ("STALK_WATCH", "photographed IP"),
        ("REPETITION", "on at least 8 occs"),
        ("STALK_PUBLISH", "posted the pics on a FB group he set up"),
        ("RACIAL_HOSTILITY", "Greenbank Pikey Watch"),
        ("RACIAL_HOSTILITY", "lock up your bikes"),
        ("RACIAL_HOSTILITY", "dirty gyppo"),
        ("STALK_FOLLOW", "followed IP on his moped"),
        ("REPETITION", "on 3 occs incl to the school gates"),
        ("SERIOUS_IMPACT", "moved him to his aunt's in another county"),
        ("SERIOUS_IMPACT", "has not attended school since early Nov"),
        ("SERIOUS_IMPACT", "GP notes anxiety"),
    ],
)

case(
    40, "no_offence", "R",
    voice="third_party", case="lower", noise="abbrev", batch="l",
    pattern="head_of_year_reports_single_canteen_religious_slur", relationship="acquaintance", occasions=1,
    text="""\
1530 call from mr adeyinka (head of yr 10, st bede's rc high) re lunch today - yr 10 pupil reuben h (15) told yr 10 pupil zainab (15) to 'take that thing off ur head u terrorist' in canteen queue. one off per school, no previous between them, reuben excluded 2 days. zainab upset but ok, parents want police aware.
1536 logged as hate incident, passed to SSO. no further police action at this time""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "take that thing off ur head u terrorist"),
        ("DISTRESS", "zainab upset but ok"),
    ],
)

case(
    41, "harassment_fear_of_violence", "CF",
    voice="mo_field", case="mixed", noise="abbrev", batch="l",
    pattern="cousin_knife_then_phone_threat_over_debt", relationship="family", occasions=2,
    text="""\
Susp (IP's cousin) threatens IP over alleged drug debt - 21/09 at family BBQ held knife from kitchen & said 'you're getting this', 29/09 by phone 'I'll stab you when I find you'. IP believed on both occs he would do it. Won't name others present.""",
    spans=[
        ("THREAT_VIOLENCE", "held knife from kitchen"),
        ("THREAT_VIOLENCE", "you're getting this"),
        ("THREAT_VIOLENCE", "I'll stab you when I find you"),
        ("FEAR_OF_VIOLENCE", "IP believed on both occs he would do it"),
    ],
)

case(
    42, "harassment", "CD",
    voice="vps", case="mixed", noise="clean", batch="l",
    pattern="granddaughters_ex_rings_grandmother_abuse_at_night", relationship="acquaintance", occasions=10,
    text="""\
I'm 71 and on my own since Ron died. Ever since Keeley finished with Dylan Parr he has rung my landline many times, usually late at night, calling me an interfering old witch. He doesn't frighten me. But the phone going at midnight upsets me and I lie awake waiting for it. I have had to turn the ringer off at night, which worries my son because of my heart.""",
    spans=[
        ("REPETITION", "rung my landline many times, usually late at night"),
        ("DISTRESS", "the phone going at midnight upsets me"),
        ("DISTRESS", "I lie awake waiting for it"),
        ("SERIOUS_IMPACT", "I have had to turn the ringer off at night"),
    ],
)

case(
    43, "stalking", "CS",
    voice="notebook", case="mixed", noise="abbrev", batch="l",
    pattern="former_stepfather_at_school_gate_gives_girl_phone", relationship="family", occasions=4,
    text="""\
WEDNESDAY 5TH NOVEMBER
1545 Fernhill School reception. Spoke Mrs Alison CRANSTON (mother) + Ms Beth NAYLOR (DSL). Mr Stuart PEGG (47), ex-stepfather to Lily-Rose (14), no PR, told in writing not to contact her. 1520 today at school gates - 4th time since half term - gave Lily-Rose a phone, 'KEEP IT HIDDEN, IT'S SO WE CAN TALK'. Seized AC/1. CCTV shows 3 previous, 2 with gift bag. PEGG gone prior.""",
    spans=[
        ("UNWANTED", "told in writing not to contact her"),
        ("STALK_LOITER", "1520 today at school gates"),
        ("REPETITION", "4th time since half term"),
        ("STALK_GIFTS", "gave Lily-Rose a phone"),
        ("FIXATION", "KEEP IT HIDDEN, IT'S SO WE CAN TALK"),
        ("REPETITION", "CCTV shows 3 previous"),
        ("STALK_GIFTS", "2 with gift bag"),
    ],
)

case(
    44, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="l",
    pattern="brother_letters_loiters_at_kids_school_sister_moves", relationship="family", occasions=30,
    text="""\
Supervisor review 03/07 - Sgt 1452 ATHERTON
Recorded as harassment (family dispute). Not convinced but leaving for DS to decide.
Facts: IP Natalie BRIERLEY (36), susp her brother Marcus BRIERLEY (40). IP cut contact in Jan after he 'borrowed' £4k. Since Feb he has: written 20+ letters to her home (kept, NB/1-23) saying 'family is forever, you can't erase me'; sat outside her children's primary school at drop-off on at least 6 mornings; turned up at her work (Aldi, Harrowgate) on 3 occs asking staff what shift she's on; contacted her ex-husband to get her new number. IP has moved house (March), moved both kids to a different school and asked to transfer to a store 12 miles away. IP exhausted, on medication for anxiety. No threats, IP not in fear of violence - 'he's not like that'.
Actions: obtain letters, statements school + store staff, trace/interview susp. Consider SPO.""",
    spans=[
        ("UNWANTED", "IP cut contact in Jan"),
        ("STALK_CONTACT", "written 20+ letters to her home"),
        ("FIXATION", "family is forever, you can't erase me"),
        ("STALK_LOITER", "sat outside her children's primary school at drop-off"),
        ("REPETITION", "on at least 6 mornings"),
        ("STALK_TURN_UP", "turned up at her work (Aldi, Harrowgate)"),
        ("REPETITION", "on 3 occs"),
        ("FIXATION", "asking staff what shift she's on"),
        ("STALK_CONTACT", "contacted her ex-husband to get her new number"),
        ("SERIOUS_IMPACT", "IP has moved house (March)"),
        ("SERIOUS_IMPACT", "moved both kids to a different school"),
        ("SERIOUS_IMPACT", "asked to transfer to a store 12 miles away"),
        ("DISTRESS", "IP exhausted"),
        ("SERIOUS_IMPACT", "on medication for anxiety"),
    ],
)
