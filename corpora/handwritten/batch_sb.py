# ruff: noqa: E501
"""Hand-written narratives, writer sb: the school gate and parents' groups."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="sb",
    pattern="ex_partner_pleading_messages_around_contact_handovers", relationship="ex_partner", occasions=5,
    text="""\
CALLER IS IP MS [NAME 1]. SEPARATED FROM SUSP (EX HUSBAND) SINCE FEB. CONTACT WITH THEIR 2 KIDS IS SAT HANDOVERS AT MCDONALDS CAR PARK, AGREED VIA MEDIATION, IP HAS NO ISSUE WITH THAT.
ISSUE IS SUSP USES EVERY HANDOVER TO BEG HER TO TAKE HIM BACK. LAST 5 SATURDAYS HE HAS HANDED HER A LETTER WITH THE KIDS BAGS, ALSO TXTS AFTER - "PLEASE JUST GIVE US ONE MORE GO" "I CANT SLEEP WITHOUT U" "IM NOT GIVING UP ON US". IP HAS TOLD HIM IN WRITING IT IS OVER AND TO KEEP IT TO THE KIDS ONLY. NO THREATS, IP SAYS HE HAS NEVER BEEN VIOLENT AND SHE ISNT SCARED OF HIM, JUST WANTS IT TO STOP.
ADV RE HANDOVER VIA 3RD PARTY. OIC TO CALL BACK. DASH STANDARD.""",
    spans=[
        ("STALK_CONTACT", "HE HAS HANDED HER A LETTER WITH THE KIDS BAGS"),
        ("REPETITION", "LAST 5 SATURDAYS"),
        ("STALK_CONTACT", "ALSO TXTS AFTER"),
        ("FIXATION", "IM NOT GIVING UP ON US"),
        ("UNWANTED", "IP HAS TOLD HIM IN WRITING IT IS OVER AND TO KEEP IT TO THE KIDS ONLY"),
    ],
)

case(
    2, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="sb",
    pattern="class_whatsapp_parent_sends_repeated_abusive_messages_over_party_invites", relationship="acquaintance", occasions=4,
    text="""\
The victim is a parent of a Year 3 child at Hollins Brook Primary and runs the class WhatsApp group. The suspect, also a parent in the class, was removed from the group on 2 October after posting comments about another family. Since then the suspect has sent the victim direct messages on 3, 5, 9 and 12 October calling her "a stuck up cow", "pathetic" and saying "everyone laughs at you behind your back". The victim blocked one number and the messages started from a second number. The victim describes feeling upset and embarrassed at pick-up but has not changed anything she does. There is no previous relationship between the two other than through the school. The suspect has not followed or turned up at the victim's address. Harassment recorded.""",
    spans=[
        ("STALK_CONTACT", "the suspect has sent the victim direct messages"),
        ("REPETITION", "on 3, 5, 9 and 12 October"),
        ("STALK_CONTACT", "the messages started from a second number"),
        ("DISTRESS", "feeling upset and embarrassed at pick-up"),
    ],
)

case(
    3, "no_offence", "",
    voice="notebook", case="lower", noise="typos", batch="sb",
    pattern="single_shouting_match_at_school_gate_over_parking", relationship="acquaintance", occasions=1,
    text="""\
0845 attd st marys rc primary gate re disturbance. two mums (IP + female 2) had row over F2 parking acros the zig zags + blocking IP car. both shouting, F2 called IP a "selfish b*tch" and IP gave as good as she got per head teacher who came out. no threts, no previous issues between them. both spoken to, both calm now, agreed to keep away from each other at drop off. no offences dislosed. school to remind parents re parking in newsletter. nfa""",
    spans=[],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="sb",
    pattern="pta_treasurer_threatened_twice_by_parent_over_fundraising_money", relationship="acquaintance", occasions=3,
    text="""\
I am the treasurer of the Friends of Longmead School, which is the PTA. Jason WEBB is a dad at the school who helped run the summer fair. After the fair he kept asking me for £200 back that he says he spent on the bouncy castle deposit, but he never gave me a receipt so I told him the committee would have to agree it.

On Thursday 14th September at the gate he came right up to my face and said "give me my money or I'll put you through that fence." I walked off. The following Monday he sent me a voice note saying "I meant what I said Thursday, you'll get hurt." Then on Wednesday he stood by my car at pick-up and just stared at me, then said "tick tock."

He is a big man and I honestly believe he will hit me. I am scared of him. I have been getting my husband to come to pick-up with me.""",
    spans=[
        ("THREAT_VIOLENCE", "give me my money or I'll put you through that fence"),
        ("THREAT_VIOLENCE", "I meant what I said Thursday, you'll get hurt"),
        ("STALK_WATCH", "he stood by my car at pick-up and just stared at me"),
        ("FEAR_OF_VIOLENCE", "I honestly believe he will hit me"),
        ("FEAR_OF_VIOLENCE", "I am scared of him"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="sb",
    pattern="ex_boyfriend_loitering_at_school_gate_victim_changes_school_run", relationship="ex_partner", occasions=4,
    text="""\
12/03 1530 - IP reports ex bf (not father of her child) seen at gates of Greenfield Primary at home time again. Relationship ended Dec. He has no child at the school.
12/03 1610 - Spoke to IP. He has been there 4 times since end Feb, stands across the road by the bus shelter, doesn't approach, just watches her come out with her daughter. Has also left a card on her windscreen "still love u x".
13/03 0920 - IP says she's now asked her mum to do drop off and pick up every day and she has taken her daughter out of after school club so she doesn't have to walk home in the dark. No threats made.
13/03 1100 - School DSL Mrs Patel confirms staff have seen a male matching desc at the bus stop several afternoons.
14/03 - Crime raised as stalking. SUSP to be interviewed.""",
    spans=[
        ("STALK_LOITER", "seen at gates of Greenfield Primary at home time again"),
        ("REPETITION", "He has been there 4 times since end Feb"),
        ("STALK_WATCH", "just watches her come out with her daughter"),
        ("STALK_GIFTS", "left a card on her windscreen"),
        ("FIXATION", "still love u x"),
        ("SERIOUS_IMPACT", "asked her mum to do drop off and pick up every day"),
        ("SERIOUS_IMPACT", "taken her daughter out of after school club"),
    ],
)

case(
    6, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="typos", batch="sb",
    pattern="head_teacher_reports_parent_sending_racist_messages_to_another_parent", relationship="acquaintance", occasions=3,
    text="""\
Report made by Mrs Karen Ellis, headteacher, Oakfield Junior School.

A parent, Mrs Amina Hussain, came to me in tears on Monday morning. She showed me messages on her phone from another parent (Mother B) in her sons class. They were sent after a dispute about a football team selection. The first on Friday night said "go back to where you came from you p*ki" and the second on Saturday said "your lot always want special treatment." On Sunday there was a third one calling her "a terrorist's wife."

Mrs Hussain did not say she was frightened for her safety, but she is very upset and said she did not want to come into the playground. I have screenshots on file and have told Mother B she is not to contact Mrs Hussain. I am reporting this to police on Mrs Hussain's behalf with her consent.""",
    spans=[
        ("STALK_CONTACT", "She showed me messages on her phone from another parent"),
        ("RACIAL_HOSTILITY", "go back to where you came from you p*ki"),
        ("RACIAL_HOSTILITY", "your lot always want special treatment"),
        ("RELIGIOUS_HOSTILITY", "a terrorist's wife"),
        ("DISTRESS", "she is very upset"),
    ],
)

case(
    7, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="inconsistent", noise="heavy", batch="sb",
    pattern="parent_threatens_and_racially_abuses_dinner_lady_repeatedly", relationship="acquaintance", occasions=3,
    text="""\
IP works as lunchtime supervisor at Beech rd primry. Male parent (SUSP, dad of yr1 boy) unhappy abt how she handled his son in playgrnd last wk.
Tues at gate SUSP shouted "you polish sl*g I'll knock your teeth out". Weds again outside school "f*ck off back to poland before I do you". Thurs phoned the school office asking for her by name said tell her she's getting it.
IP v scared, she thinks he will attack her walking home, says she is TERRIFIED of him. Has been getting lift.
no weapons mentioned. PNC SUSP prev for ABH 2019. SCH aware. OFFCR to attend IP hm 1800.""",
    spans=[
        ("RACIAL_HOSTILITY", "you polish sl*g"),
        ("THREAT_VIOLENCE", "I'll knock your teeth out"),
        ("RACIAL_HOSTILITY", "f*ck off back to poland before I do you"),
        ("THREAT_VIOLENCE", "tell her she's getting it"),
        ("FEAR_OF_VIOLENCE", "she thinks he will attack her walking home"),
        ("FEAR_OF_VIOLENCE", "says she is TERRIFIED of him"),
    ],
)

case(
    8, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="sb",
    pattern="ex_partner_watches_handovers_and_sends_religious_abuse_about_new_partner", relationship="ex_partner", occasions=4,
    text="""\
SUSP (EX PARTNER OF VIC) HAS ON 4 OCCS SINCE JULY SAT IN HIS CAR OUTSIDE VIC HOME ADDRESS AFTER DROPPING THE CHILDREN BACK FROM CONTACT AND WATCHED THE HOUSE FOR UP TO AN HOUR. HAS SENT VIC MSGS ABOUT HER NEW PARTNER (A SIKH MALE) - "U LEFT ME FOR A TURBAN HEAD", "HOPE UR HAPPY WITH UR RAGHEAD". HAS ALSO ASKED THE CHILDREN WHO COMES TO THE HOUSE. VIC NOT IN FEAR, NO CHANGE TO ROUTINE, REQUESTS ADVICE + ACTION.""",
    spans=[
        ("STALK_WATCH", "SAT IN HIS CAR OUTSIDE VIC HOME ADDRESS"),
        ("REPETITION", "ON 4 OCCS SINCE JULY"),
        ("STALK_WATCH", "WATCHED THE HOUSE FOR UP TO AN HOUR"),
        ("STALK_CONTACT", "HAS SENT VIC MSGS ABOUT HER NEW PARTNER"),
        ("RELIGIOUS_HOSTILITY", "U LEFT ME FOR A TURBAN HEAD"),
        ("RACIAL_HOSTILITY", "HOPE UR HAPPY WITH UR RAGHEAD"),
        ("STALK_MONITOR", "HAS ALSO ASKED THE CHILDREN WHO COMES TO THE HOUSE"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="victim_diary", case="lower", noise="typos", batch="sb",
    pattern="new_partner_of_ex_follows_victim_from_school_with_racist_threats", relationship="acquaintance", occasions=5,
    text="""\
diary kept for pc hughes

mon 6th - his new girlfriend (Lacey) was at the gate again when i picked up kayden. she doesnt have kids at that school. she followed me down to the corner filming on her phone and said "look at the black b*tch playing mum".
weds 8th - lacey again at the gate. walked behind me all the way to the bus stop saying "your gonna get cut, n****r". i was shaking.
thurs 9th - she's posted a video of me on facebook with my face and the school badge on kaydens jumper. comments underneath calling me a monkey.
fri 10th - shes outside my flat in her car when i got back.
sat 11th - message request on insta from a fake account "see u monday, bring a plaster"

i am frightened she will stab me. i have moved kayden to breakfast club and after school club so i dont have to be at the gate at normal times and im looking at moving him school.""",
    spans=[
        ("STALK_LOITER", "was at the gate again when i picked up kayden"),
        ("STALK_FOLLOW", "she followed me down to the corner filming on her phone"),
        ("RACIAL_HOSTILITY", "look at the black b*tch playing mum"),
        ("STALK_FOLLOW", "walked behind me all the way to the bus stop"),
        ("THREAT_VIOLENCE", "your gonna get cut"),
        ("RACIAL_HOSTILITY", "n****r"),
        ("STALK_PUBLISH", "she's posted a video of me on facebook"),
        ("RACIAL_HOSTILITY", "calling me a monkey"),
        ("STALK_TURN_UP", "shes outside my flat in her car"),
        ("THREAT_VIOLENCE", "see u monday, bring a plaster"),
        ("FEAR_OF_VIOLENCE", "i am frightened she will stab me"),
        ("SERIOUS_IMPACT", "i have moved kayden to breakfast club and after school club"),
    ],
)

case(
    10, "harassment", "C",
    voice="result_note", case="mixed", noise="abbrev", batch="sb",
    pattern="parent_photographs_neighbour_parking_outside_school_issue_dispute", relationship="neighbour", occasions=4,
    text="""\
Result: crime recorded as harassment (not stalking). Both parties live on Mill Lane opposite the school. SUSP is in a long running dispute with IP about IP parking on the yellow lines at drop-off. Over 3 wks SUSP has photographed IP's car and IP getting the kids out on at least 4 mornings, posted the pics on the "Mill Lane Residents" FB page asking "who parks like this??", and put notes on her windscreen. All of it is about the parking - no interest in IP beyond that. IP finds it intimidating but no threats made, no change to routine. SUSP given words of advice, CPN considered. Parking issue referred to council enforcement.""",
    spans=[
        ("REPETITION", "Over 3 wks"),
        ("STALK_WATCH", "SUSP has photographed IP's car and IP getting the kids out"),
        ("REPETITION", "on at least 4 mornings"),
        ("STALK_PUBLISH", 'posted the pics on the "Mill Lane Residents" FB page'),
        ("STALK_CONTACT", "put notes on her windscreen"),
        ("DISTRESS", "IP finds it intimidating"),
    ],
)

case(
    11, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="clean", batch="sb",
    pattern="father_in_parents_group_fixated_on_married_mother_gifts_and_messages", relationship="acquaintance", occasions=6,
    text="""\
Supervisor review - DS 4471.

I have re-read this one. Initially recorded as malicious communications. The suspect and victim met through the Reception class parents' WhatsApp group in September. He started messaging her privately, she was polite at first, then told him in October she was married and was not interested. Since then he has: left flowers on her doorstep twice, waited by her car at the school on at least three afternoons, messaged her that he "knows she feels the same" and that he'd "wait as long as it takes", and joined the same Saturday swimming lesson slot as her son.

This is a fixation on the victim and a refusal to accept her rejection, with several different acts: gifts, waiting, contact, following her activities. She is not in fear and there is no change to routine recorded, so this is stalking simple. Please reclassify and update the victim.""",
    spans=[
        ("UNWANTED", "told him in October she was married and was not interested"),
        ("STALK_GIFTS", "left flowers on her doorstep twice"),
        ("STALK_LOITER", "waited by her car at the school on at least three afternoons"),
        ("FIXATION", "knows she feels the same"),
        ("FIXATION", "wait as long as it takes"),
        ("STALK_FOLLOW", "joined the same Saturday swimming lesson slot as her son"),
    ],
)

case(
    12, "no_offence", "",
    voice="dash_note", case="mixed", noise="abbrev", batch="sb",
    pattern="mutual_abuse_between_two_mothers_in_class_whatsapp_group", relationship="acquaintance", occasions=3,
    text="""\
Call from IP re "harassment" in Yr5 parents WhatsApp. Reviewed screenshots w/ IP. Row started over a sleepover invite, went on over 3 evenings. IP and other mum (Person B) both posting insults at each other in the group and in DMs - IP called B a "sad alcoholic", B called IP "a liar and a user", IP replied "come and say it to my face then". Each gives as good as they get, IP started the second evening's row herself. No threats of violence either side, no contact outside the group. Both adults have since left the group. Advised IP re blocking, no crime - mutual dispute. DASH n/a.""",
    spans=[],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="sb",
    pattern="parent_homophobic_threats_to_gay_dad_at_school_gate", relationship="acquaintance", occasions=3,
    text="""\
My husband Tom and I have a daughter in year 2 at Ashgrove Primary. Since the christmas play another dad, who I know only as Darren, has had a problem with us. On 8th January at drop of he said to me "keep your f*ggot hands off my lad at the gates or Ill break them." I had only said hello to his son.

On 15th January he walked past me in the playground and said quietly "Im going to batter you one of these days, queer." On the 17th he drove past me on the school road slowly and pointed at me like a gun.

I am frightened he is going to actually attack me, he is angry all the time and has been aggressive with other people. I now wait in the car until the bell rings.""",
    spans=[
        ("THREAT_VIOLENCE", "keep your f*ggot hands off my lad at the gates or Ill break them"),
        ("THREAT_VIOLENCE", "Im going to batter you one of these days, queer"),
        ("THREAT_VIOLENCE", "pointed at me like a gun"),
        ("FEAR_OF_VIOLENCE", "I am frightened he is going to actually attack me"),
    ],
)

case(
    14, "stalking_fear_alarm_distress", "CSFD",
    voice="crime_summary", case="mixed", noise="redacted", batch="sb",
    pattern="ex_partner_turns_up_at_school_and_threatens_after_contact_stopped", relationship="ex_partner", occasions=4,
    text="""\
Victim [NAME 1] and suspect [NAME 2] separated in [DATE]. There is a family court child arrangements order giving the suspect supervised contact only at a contact centre. Despite this the suspect has turned up at [SCHOOL] at home time on three occasions in the last fortnight, shouting to the children across the playground. On the second occasion he said to the victim "you've taken my kids, I'll take something off you". The following day he sent a text "You won't see it coming". The victim believes he will hurt her and has installed a doorbell camera and is now collected from the school by her brother. The school has put staff on the gate. Suspect also sent an email to the victim's employer claiming she is an unfit mother.""",
    spans=[
        ("STALK_TURN_UP", "turned up at [SCHOOL] at home time on three occasions in the last fortnight"),
        ("THREAT_VIOLENCE", "you've taken my kids, I'll take something off you"),
        ("THREAT_VIOLENCE", "You won't see it coming"),
        ("FEAR_OF_VIOLENCE", "The victim believes he will hurt her"),
        ("SERIOUS_IMPACT", "has installed a doorbell camera"),
        ("SERIOUS_IMPACT", "is now collected from the school by her brother"),
        ("STALK_ORDERS", "sent an email to the victim's employer claiming she is an unfit mother"),
    ],
)

case(
    15, "aggravated_harassment", "CR",
    voice="call_log", case="lower", noise="heavy", batch="sb",
    pattern="pta_member_repeated_antisemitic_comments_to_jewish_chair", relationship="acquaintance", occasions=2,
    text="""\
ip chair of pta at northgate primry. ip jewish. at meetng 4/11 susp (pta member) said in front of all "typical jew, counting every penny of our money". ip asked him to leave. 6/11 susp emailed ip direct "ur people run everything dont u, go run ur synagogue instead". ip upset + angry, not scared. wants on record. screen shots to follow""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "typical jew, counting every penny of our money"),
        ("STALK_CONTACT", "susp emailed ip direct"),
        ("RELIGIOUS_HOSTILITY", "ur people run everything dont u, go run ur synagogue instead"),
        ("DISTRESS", "ip upset + angry"),
    ],
)

case(
    16, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="abbrev", batch="sb",
    pattern="ex_partners_new_partner_threatens_mother_at_handovers_with_racial_abuse", relationship="acquaintance", occasions=3,
    text="""\
01/06 - IP (mother) reports ex-husband's new partner, Ms K, has been verbally abusive at Sunday handovers outside Tesco.
01/06 - IP states at handover 18/05 Ms K said "keep your Paki kids under control or I'll slap you". At handover 25/05 Ms K followed IP to her car and said "next time you'll get a slap and worse." IP states ex-husband stood there laughing. 31/05 Ms K messaged IP on FB "brown trash, see you Sunday."
02/06 - IP says she is genuinely scared Ms K will assault her at the next handover, Ms K has a record for violence per IP. Handovers for now moved to the police station front counter by agreement.
02/06 - Ex-husband says it is "handbags" and IP is exaggerating. Messages seen by OIC.""",
    spans=[
        ("RACIAL_HOSTILITY", "keep your Paki kids under control"),
        ("THREAT_VIOLENCE", "or I'll slap you"),
        ("STALK_FOLLOW", "Ms K followed IP to her car"),
        ("THREAT_VIOLENCE", "next time you'll get a slap and worse"),
        ("STALK_CONTACT", "Ms K messaged IP on FB"),
        ("RACIAL_HOSTILITY", "brown trash, see you Sunday"),
        ("FEAR_OF_VIOLENCE", "IP says she is genuinely scared Ms K will assault her"),
    ],
)

case(
    17, "aggravated_stalking", "CSR",
    voice="judgment", case="mixed", noise="clean", batch="sb",
    pattern="former_partner_uses_school_app_and_class_group_to_monitor_and_abuse", relationship="ex_partner", occasions=5,
    text="""\
This appeal comes from the Youth and Family bench at Tamworth. Mr O (the appellant) and Ms B lived together for six years; there are two children, both at Fernside Primary. When they split he stayed listed as a parent contact on the school's messaging app. The bench found that over a period of about two months he used that app and the Year 4 parents' group to track the complainant's movements, asking the school office on several occasions whether she had collected the children and at what time, and posting in the group that she had been "out with her Nigerian boyfriend instead of being at parents' evening". He sent her messages calling her "a dirty African's leftovers" and "n****r lover". He also waited in the school car park on two afternoons when it was not his contact day.

The complainant told the bench plainly that she was never frightened of him and that her days went on as before, though she found it degrading. In our view the magistrates were entitled to find this was stalking: a man who would not let go, watching her through the school. The slurs show open hostility to her partner's and her children's heritage and the uplift was right. Appeal refused.""",
    spans=[
        ("STALK_MONITOR", "asking the school office on several occasions whether she had collected the children"),
        ("REPETITION", "over a period of about two months"),
        ("STALK_PUBLISH", "posting in the group that she had been"),
        ("STALK_CONTACT", "He sent her messages calling her"),
        ("RACIAL_HOSTILITY", "a dirty African's leftovers"),
        ("RACIAL_HOSTILITY", "n****r lover"),
        ("STALK_LOITER", "waited in the school car park on two afternoons when it was not his contact day"),
        ("DISTRESS", "found it degrading"),
    ],
)

case(
    18, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="mo_field", case="mixed", noise="abbrev", batch="sb",
    pattern="ex_wife_of_new_partner_follows_and_threatens_muslim_woman_at_school", relationship="acquaintance", occasions=4,
    text="""\
SUSP is ex-wife of VIC's new partner. Both women have children at Crossley Park Academy. Since April SUSP has followed VIC from the school gates to her home on two occs, has stood at the end of VIC's road in her car watching the house, and sent VIC msgs via WhatsApp inc "take that rag off your head before I rip it off", and on a later date "I'll drag you out by your hijab in front of the whole school". VIC states she is terrified SUSP will carry this out, and believes SUSP will attack her at the gate.""",
    spans=[
        ("STALK_FOLLOW", "SUSP has followed VIC from the school gates to her home on two occs"),
        ("STALK_WATCH", "stood at the end of VIC's road in her car watching the house"),
        ("RELIGIOUS_HOSTILITY", "take that rag off your head"),
        ("THREAT_VIOLENCE", "before I rip it off"),
        ("THREAT_VIOLENCE", "I'll drag you out by your hijab in front of the whole school"),
        ("FEAR_OF_VIOLENCE", "VIC states she is terrified SUSP will carry this out"),
    ],
)

case(
    19, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="sb",
    pattern="football_coach_parent_leaves_three_abusive_voicemails_in_minutes", relationship="acquaintance", occasions=3,
    text="""\
IP IS VOLUNTEER COACH FOR U9S TEAM, MOST OF THE SQUAD GO TO THE SAME PRIMARY. SUSP IS A DAD WHOSE SON WAS DROPPED. LAST NIGHT BETWEEN 2141 AND 2150 SUSP LEFT IP 3 SEPARATE VOICEMAILS CALLING HIM A "USELESS PRICK", "A JOKE" AND SAYING HE WOULD REPORT HIM TO THE FA. NO THREATS. IP ANNOYED MORE THAN ANYTHING, WANTS IT LOGGED. IP STATES SUSP IS A BRITISH ASIAN DAD AND THERE IS NOTHING RACIAL IN IT EITHER WAY, IT IS ALL ABOUT FOOTBALL.""",
    spans=[
        ("STALK_CONTACT", "SUSP LEFT IP 3 SEPARATE VOICEMAILS"),
        ("REPETITION", "BETWEEN 2141 AND 2150"),
    ],
)

case(
    20, "stalking", "CS",
    voice="third_party", case="mixed", noise="typos", batch="sb",
    pattern="nursery_worker_reports_ex_partner_repeatedly_turning_up_threat_no_fear", relationship="ex_partner", occasions=4,
    text="""\
Statement of Joanne Price, nursery manager, Little Acorns Day Nursery.

Our parent Ms Davies told us in September she had split from her partner Mr Ryan and that only she was to collect Poppy. Since then Mr Ryan has come into the foyer 4 times asking staff what time Ms Davies drops off and whether she has a new boyfriend. Twice he has waited outside in the car park till she arrived. On 2nd Nov, in front of my deputy, he told Ms Davies "you'll regret this, I'll smash your face in". Ms Davies laughed it of and told me afterwards she isnt scared of him at all, "he's all mouth". He has not done it again. She just wants him to stay away from the nursery.""",
    spans=[
        ("STALK_TURN_UP", "Mr Ryan has come into the foyer 4 times"),
        ("STALK_MONITOR", "asking staff what time Ms Davies drops off and whether she has a new boyfriend"),
        ("STALK_LOITER", "Twice he has waited outside in the car park till she arrived"),
        ("THREAT_VIOLENCE", "you'll regret this, I'll smash your face in"),
    ],
)

case(
    21, "harassment_fear_of_violence", "CF",
    voice="dash_note", case="lower", noise="typos", batch="sb",
    pattern="parent_threatens_teaching_assistant_over_detention_twice", relationship="customer", occasions=2,
    text="""\
ip is a teaching assistant. susp (parent of pupil) angry about his daughter getting a detention. 20/2 at gate he told ip "you touch my kid again and ill rip your head off" (ip had not touched child). 22/2 rang school and said to ip on phone "i know your car, ill be waiting for you". ip frightend for herself, thinks he will asault her in car park. no change to routine yet - school escorting her to car. dash medium""",
    spans=[
        ("THREAT_VIOLENCE", "you touch my kid again and ill rip your head off"),
        ("THREAT_VIOLENCE", "i know your car, ill be waiting for you"),
        ("FEAR_OF_VIOLENCE", "ip frightend for herself, thinks he will asault her in car park"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="sb",
    pattern="victim_personal_statement_ex_partner_monitoring_via_children_school", relationship="ex_partner", occasions=6,
    text="""\
I want the court to understand what the last six months have been like. After Ryan and I separated he kept turning up at the school gate on days that weren't his, he rang the school pretending to be worried so they would tell him when I'd collected the boys, and he put a tracker in my son's book bag. I found it in March. He sent me letters saying he would never stop loving me and we were meant to be together.

He never threatened me and I was not afraid he would hit me. But I could not live like that. I changed my mobile number, I moved the boys to a school in the next town, and I gave up my job at the garden centre because he knew my shifts. My eldest still asks why we had to move. I am on medication for anxiety now.""",
    spans=[
        ("STALK_TURN_UP", "he kept turning up at the school gate on days that weren't his"),
        ("STALK_MONITOR", "he rang the school pretending to be worried so they would tell him when I'd collected the boys"),
        ("STALK_MONITOR", "he put a tracker in my son's book bag"),
        ("FIXATION", "he would never stop loving me and we were meant to be together"),
        ("SERIOUS_IMPACT", "I changed my mobile number"),
        ("SERIOUS_IMPACT", "I moved the boys to a school in the next town"),
        ("SERIOUS_IMPACT", "I gave up my job at the garden centre"),
        ("DISTRESS", "I am on medication for anxiety now"),
    ],
)

case(
    23, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="sb",
    pattern="two_incidents_months_apart_with_reconciliation_between", relationship="ex_partner", occasions=2,
    text="""\
Caller reports her ex-partner, the father of her son, has been "harassing" her. On enquiry: in March, at a handover outside the school, he shouted at her that she was a bad mother and slammed the car door. They then got back together in April and lived together over the summer. They separated again at the end of August and last Friday at the school gate he swore at her over which of them was taking their son to a birthday party. No threats. No other contact in between, and she says he has otherwise been reasonable about the children. Two separate incidents months apart with a reconciliation in between. No course of conduct. Advice given re family court and mediation. Non-crime incident.""",
    spans=[],
)

case(
    24, "aggravated_harassment", "CDR",
    voice="victim_diary", case="mixed", noise="typos", batch="sb",
    pattern="grandmother_on_school_run_targeted_by_parent_with_anti_roma_abuse", relationship="acquaintance", occasions=4,
    text="""\
Notes by Mrs Violeta Lakatos (written with help of her grand daughter)

Tues - the woman with the grey pram (mum of Ellie in Year 1) said to me at the gate "gypsy thief, watch your pockets everyone". Other mums laughed.
Weds - same woman, said loud "they should check that gypos car for stolen bikes".
Fri - she put a comment in the school facebook group about me, "why do they let travellers do the school run, lock up your kids"
next Mon - she spat on the floor by my feet and said "dirty pikey".

I do not think she will hit me, she is just nasty. But I don't go to the gate any more, my daughter has changed her work hours to do the pick up herself. I feel ashamed.""",
    spans=[
        ("RACIAL_HOSTILITY", "gypsy thief, watch your pockets everyone"),
        ("RACIAL_HOSTILITY", "they should check that gypos car for stolen bikes"),
        ("STALK_PUBLISH", "she put a comment in the school facebook group about me"),
        ("RACIAL_HOSTILITY", "why do they let travellers do the school run, lock up your kids"),
        ("RACIAL_HOSTILITY", "dirty pikey"),
        ("SERIOUS_IMPACT", "I don't go to the gate any more"),
        ("SERIOUS_IMPACT", "my daughter has changed her work hours to do the pick up herself"),
        ("DISTRESS", "I feel ashamed"),
    ],
)

case(
    25, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="inconsistent", noise="heavy", batch="sb",
    pattern="parent_threatens_school_receptionist_with_anti_muslim_abuse_repeated", relationship="customer", occasions=2,
    text="""\
1510 spoke to IP Mrs Begum (school receptionist, Eastfield Prim). states SUSP came to office 10/5 re his kid's exclusion, shouted "you muslims are all the same, I'll bomb you out of here like you bomb us". left. Came back 13/5 leaned over counter "I WILL hurt you, you terrorist b*tch". IP shaking when spoke to me. says "I think he'll come back and actually hurt me". CCTV in office - req'd. Head teacher banning letter being sent.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "you muslims are all the same"),
        ("THREAT_VIOLENCE", "I'll bomb you out of here like you bomb us"),
        ("THREAT_VIOLENCE", "I WILL hurt you"),
        ("RELIGIOUS_HOSTILITY", "you terrorist b*tch"),
        ("DISTRESS", "IP shaking when spoke to me"),
        ("FEAR_OF_VIOLENCE", "I think he'll come back and actually hurt me"),
    ],
)

case(
    26, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="clean", batch="sb",
    pattern="fixated_parent_follows_chinese_mother_gifts_and_racist_notes", relationship="acquaintance", occasions=5,
    text="""\
I met Gareth at a PTA quiz night in January. We chatted about our kids for a while and that was it as far as I was concerned. Then he added me on every social media account I have. I didn't accept. He started leaving things on my car at school: a box of chocolates, a keyring, a card saying "you're the prettiest china doll in the playground". When I told him to stop he wrote a note and put it under my wiper: "Your kind should be grateful a British man looks at you. Ching chong."

He now stands near the gate every afternoon and watches which way I walk. Last week he walked behind me to the corner shop. He messaged my sister asking where I work.

I'm not scared he'll hurt me, I honestly think he's pathetic, and I haven't changed anything. I just want it stopped.""",
    spans=[
        ("STALK_CONTACT", "he added me on every social media account I have"),
        ("STALK_GIFTS", "He started leaving things on my car at school"),
        ("FIXATION", "you're the prettiest china doll in the playground"),
        ("UNWANTED", "When I told him to stop"),
        ("RACIAL_HOSTILITY", "Your kind should be grateful a British man looks at you. Ching chong."),
        ("STALK_WATCH", "He now stands near the gate every afternoon and watches which way I walk"),
        ("STALK_FOLLOW", "he walked behind me to the corner shop"),
        ("STALK_MONITOR", "He messaged my sister asking where I work"),
    ],
)

case(
    27, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="sb",
    pattern="ex_partner_racially_abuses_mixed_race_ex_and_stalks_via_school_victim_moves", relationship="ex_partner", occasions=5,
    text="""\
Sgt review 0930. Crime was recorded as harassment - wrong. IP and SUSP were together 4 yrs, split Jan. SUSP has since: turned up at the school gate on at least 5 occasions, sat outside IP's new flat in his van, and posted on the school parents' FB page that IP is a "half-caste slag who ditched her kids". He sends her texts like "ur mongrel kids deserve better than you" and "dirty half breed". No threats to IP recorded and IP says she is not afraid of violence from him.

IP has however moved to her mum's address in Walsall and changed the kids' school, and has had to go part time at work. That's a substantial adverse effect. Ex-partner, course of conduct, racial hostility. Reclassify to aggravated stalking (S.4A with D) and update risk.""",
    spans=[
        ("STALK_TURN_UP", "turned up at the school gate on at least 5 occasions"),
        ("STALK_WATCH", "sat outside IP's new flat in his van"),
        ("STALK_PUBLISH", "posted on the school parents' FB page"),
        ("RACIAL_HOSTILITY", "half-caste slag who ditched her kids"),
        ("STALK_CONTACT", "He sends her texts"),
        ("RACIAL_HOSTILITY", "ur mongrel kids deserve better than you"),
        ("RACIAL_HOSTILITY", "dirty half breed"),
        ("SERIOUS_IMPACT", "IP has however moved to her mum's address in Walsall and changed the kids' school"),
        ("SERIOUS_IMPACT", "has had to go part time at work"),
    ],
)

case(
    28, "harassment", "C",
    voice="call_log", case="mixed", noise="abbrev", batch="sb",
    pattern="parent_mocks_disabled_mother_in_group_chat_one_threat_only", relationship="acquaintance", occasions=4,
    text="""\
IP uses a wheelchair, has son in Yr6 at Parkside. Another mum (SUSP) over last 2 wks has sent IP 4 nasty msgs via the class WhatsApp DMs - "spastic", "cripple can't even do the bake sale", mocking her chair. In one msg (Sat) SUSP said "I'll tip you out of that chair". IP says that was a one off, nothing like it since, and she doesn't think SUSP would actually do it. Not altered routine. IP upset & humiliated. Disability hostility flagged - hate incident marker.""",
    spans=[
        ("REPETITION", "over last 2 wks"),
        ("STALK_CONTACT", "has sent IP 4 nasty msgs via the class WhatsApp DMs"),
        ("THREAT_VIOLENCE", "I'll tip you out of that chair"),
        ("DISTRESS", "IP upset & humiliated"),
    ],
)

case(
    29, "stalking", "CS",
    voice="updates", case="upper", noise="abbrev", batch="sb",
    pattern="ex_partner_breaches_non_molestation_order_turning_up_at_school", relationship="ex_partner", occasions=3,
    text="""\
07/10 1512 - 999. IP STATES EX PARTNER IS AT THE GATE OF ST JOHNS INFANTS. HE IS SUBJECT OF NON-MOL ORDER (NOT TO COME WITHIN 100M OF IP OR SCHOOL). UNITS DEPLOYED, SUSP GONE ON ARRIVAL.
07/10 1600 - IP SAYS HE ALSO CAME TO GATE 30/09 AND 03/10 BUT SHE DIDNT CALL. HE JUST STANDS AND TRIES TO TALK TO HER - "CAN WE PLEASE TALK", "I MISS US". NO THREATS. IP NOT SCARED, ANNOYED.
08/10 - SUSP ARRESTED, BREACH OF NMO x3. SCH CCTV SEIZED.""",
    spans=[
        ("STALK_TURN_UP", "EX PARTNER IS AT THE GATE OF ST JOHNS INFANTS"),
        ("STALK_TURN_UP", "HE ALSO CAME TO GATE 30/09 AND 03/10"),
        ("STALK_CONTACT", "HE JUST STANDS AND TRIES TO TALK TO HER"),
        ("FIXATION", "I MISS US"),
    ],
)

case(
    30, "harassment_fear_of_violence", "CFD",
    voice="vps", case="lower", noise="typos", batch="sb",
    pattern="co_parent_threatens_violence_repeatedly_over_contact_arrangements", relationship="family",  occasions=3,
    text="""\
its my brother in law (my late sisters husband) who has the kids. I have contact every other weekend under the court order. every time I collect the kids he starts. first time he said "one day im going to put you in hospital". next handover "youre dead when the kids arent looking". then he sent a voice note saying "ill end you". its all about the contact, he wants me out of their lives.

im scared stiff of him, I think he will hurt me. ive stopped doing the handovers myself, my husband does them now and I have had to take time off work with my nerves.""",
    spans=[
        ("THREAT_VIOLENCE", "one day im going to put you in hospital"),
        ("THREAT_VIOLENCE", "youre dead when the kids arent looking"),
        ("THREAT_VIOLENCE", "ill end you"),
        ("FEAR_OF_VIOLENCE", "im scared stiff of him, I think he will hurt me"),
        ("SERIOUS_IMPACT", "ive stopped doing the handovers myself"),
        ("SERIOUS_IMPACT", "I have had to take time off work with my nerves"),
    ],
)

case(
    31, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="lower", noise="heavy", batch="sb",
    pattern="ex_husband_watches_school_run_and_sends_threats", relationship="ex_partner", occasions=4,
    text="""\
c/r ex hubby parked opp school every mrng this wk watching her drop off. txt tues "saw u in that red coat, u wont look so good with a broken jaw". txt thurs "ur nxt". c/r terrified he'll attack her, sounds v shaky on phn. no chng to routine yet. units to attnd""",
    spans=[
        ("STALK_WATCH", "ex hubby parked opp school every mrng this wk watching her drop off"),
        ("STALK_MONITOR", "saw u in that red coat"),
        ("THREAT_VIOLENCE", "u wont look so good with a broken jaw"),
        ("THREAT_VIOLENCE", "ur nxt"),
        ("FEAR_OF_VIOLENCE", "c/r terrified he'll attack her"),
    ],
)

case(
    32, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="redacted", batch="sb",
    pattern="parent_sends_racist_emails_to_black_class_teacher", relationship="customer", occasions=3,
    text="""\
OUTCOME: Crime recorded - racially aggravated harassment (s.32 CDA / s.2 PHA). [TEACHER 1], Year 4 class teacher, received 3 emails over 10 days from parent [PARENT A] about her son's reading level. Emails contained "I don't want a black woman teaching my child to read English", "go teach in Africa" and "monkey see monkey do". No threats made. [TEACHER 1] upset but continues to work as normal. Suspect interviewed, admitted sending, said "it was banter". Charged, bailed to [COURT] [DATE]. Head has barred suspect from the site.""",
    spans=[
        ("STALK_CONTACT", "received 3 emails over 10 days from parent [PARENT A]"),
        ("RACIAL_HOSTILITY", "I don't want a black woman teaching my child to read English"),
        ("RACIAL_HOSTILITY", "go teach in Africa"),
        ("RACIAL_HOSTILITY", "monkey see monkey do"),
        ("DISTRESS", "[TEACHER 1] upset"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="third_party", case="mixed", noise="clean", batch="sb",
    pattern="school_family_liaison_reports_threats_and_anti_irish_abuse_to_mother", relationship="neighbour", occasions=3,
    text="""\
Email to police from the Family Liaison Officer, Holy Cross Catholic Primary.

I'm writing about one of our mums, Siobhan. Her neighbour, whose children also attend, has been abusing her on the way to school. On three mornings in the past week he has come out as she passes and shouted things like "Irish scum, I'll stove your head in" and "Get back to your bog or I'll burn you out." Yesterday he said it again at the gate in front of children.

Siobhan has told me she is absolutely petrified of him and genuinely believes he'll hurt her. She has been keeping her children off school for two days rather than walk past his house, and she has asked us about a transfer. Please could someone contact her.""",
    spans=[
        ("REPETITION", "On three mornings in the past week"),
        ("RACIAL_HOSTILITY", "Irish scum"),
        ("THREAT_VIOLENCE", "I'll stove your head in"),
        ("RACIAL_HOSTILITY", "Get back to your bog"),
        ("THREAT_VIOLENCE", "or I'll burn you out"),
        ("REPETITION", "Yesterday he said it again at the gate"),
        ("FEAR_OF_VIOLENCE", "she is absolutely petrified of him and genuinely believes he'll hurt her"),
        ("SERIOUS_IMPACT", "keeping her children off school for two days rather than walk past his house"),
    ],
)

case(
    34, "no_offence", "R",
    voice="notebook", case="lower", noise="abbrev", batch="sb",
    pattern="single_racist_slur_from_stranger_outside_school", relationship="stranger", occasions=1,
    text="""\
0850 outside Kingsway Prim. IP (black female, dropping off) says unk male cyclist rode past + shouted "get out of the way n****r". Not seen before or since. No further contact. IP shaken. Hate incident recorded, CCTV enqs w/ school.""",
    spans=[
        ("RACIAL_HOSTILITY", "get out of the way n****r"),
        ("DISTRESS", "IP shaken"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="sb",
    pattern="ex_partner_follows_polish_ex_after_handovers_and_messages_slurs", relationship="ex_partner", occasions=4,
    text="""\
VIC (Polish national) and SUSP separated 2023, one child (7). Contact handovers take place at the school on Fridays. On 3 Fridays in a row SUSP has followed VIC's car from the school to her home after handover, pulling up behind her on the drive. He has also messaged her repeatedly saying "no one else will have a Polish tart with a kid" and "go back to your own country and take your eastern european diseases with you". VIC is annoyed, says she is not intimidated and won't change anything she does "because of him". Handovers to continue via school staff.""",
    spans=[
        ("REPETITION", "On 3 Fridays in a row"),
        ("STALK_FOLLOW", "SUSP has followed VIC's car from the school to her home after handover"),
        ("STALK_CONTACT", "He has also messaged her repeatedly"),
        ("RACIAL_HOSTILITY", "no one else will have a Polish tart with a kid"),
        ("RACIAL_HOSTILITY", "go back to your own country and take your eastern european diseases with you"),
    ],
)

case(
    36, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="typos", batch="sb",
    pattern="new_partner_of_ex_wife_stalks_husband_with_anti_sikh_threats", relationship="acquaintance", occasions=5,
    text="""\
I am a Sikh man and I share care of my two daughters with my ex wife Claire. Her new partner, Lee MORTON, has taken a dislike to me from the start.

Since the start of term Lee has been at the school gate every time I collect the girls on a Wednesday, even though he has no reason to be there. He stands near my car and films me. He has posted one of those videos on TikTok with the caption "look at this towelhead trying to play daddy". On the 4th October he came up to my car window and said "take that tea towel off or Ill take your head off with it." On the 11th he said "next week you're getting stabbed Singh". He has also sent me messages on Facebook calling me "a dirty Sikh".

I believe he will stab me. I have not slept properly in weeks. I have asked Claire to bring the girls to my house instead so I don't go to the school, and I've put cameras up at home.""",
    spans=[
        ("STALK_LOITER", "Lee has been at the school gate every time I collect the girls on a Wednesday"),
        ("STALK_WATCH", "He stands near my car and films me"),
        ("STALK_PUBLISH", "He has posted one of those videos on TikTok"),
        ("RELIGIOUS_HOSTILITY", "look at this towelhead trying to play daddy"),
        ("RELIGIOUS_HOSTILITY", "take that tea towel off"),
        ("THREAT_VIOLENCE", "Ill take your head off with it"),
        ("THREAT_VIOLENCE", "next week you're getting stabbed Singh"),
        ("STALK_CONTACT", "He has also sent me messages on Facebook"),
        ("RELIGIOUS_HOSTILITY", "a dirty Sikh"),
        ("FEAR_OF_VIOLENCE", "I believe he will stab me"),
        ("DISTRESS", "I have not slept properly in weeks"),
        ("SERIOUS_IMPACT", "I have asked Claire to bring the girls to my house instead so I don't go to the school"),
        ("SERIOUS_IMPACT", "I've put cameras up at home"),
    ],
)

case(
    37, "harassment", "C",
    voice="dash_note", case="mixed", noise="abbrev", batch="sb",
    pattern="parent_threatens_victims_husband_not_victim_over_playground_bullying", relationship="acquaintance", occasions=3,
    text="""\
IP (mum, Yr2) reports another parent, SUSP, has sent her 3 msgs since Monday about an incident between their sons in the playground. Msgs say IP's son is a "feral little bully" and "your husband better watch himself, I'll batter him when I see him". IP says she isn't worried for herself at all, and her husband (6'4", rugby player) laughed it off. IP is upset by the msgs and struggling to sleep but has not changed anything. Separate - school has sent both families letters about the playground incident, that is normal school process. DASH standard. Words of advice to SUSP.""",
    spans=[
        ("STALK_CONTACT", "has sent her 3 msgs since Monday"),
        ("DISTRESS", "IP is upset by the msgs and struggling to sleep"),
    ],
)

case(
    38, "stalking", "CS",
    voice="supervisor_review", case="lower", noise="typos", batch="sb",
    pattern="ex_partner_uses_mother_and_friends_to_watch_victim_at_school", relationship="ex_partner", occasions=5,
    text="""\
review: ip separated from susp in june after 8 yrs. since then susps mum has been at the school gate most afternoons (she has no grandchild at that school - the kids go to a different one) and texts susp photos of ip. susps friend has twice followed ip from the gym. susp then sends ip msgs "u looked nice at the gym tues" "who was the bloke in the car park". ip has told him its finished and to leave her alone. susp is orchestrating all of this - others acting on his behalf count as his conduct. no threats, ip not in fear, no change to routine. stalking - ex partner, monitoring, fixation. crime to be re classified.""",
    spans=[
        ("STALK_LOITER", "susps mum has been at the school gate most afternoons"),
        ("STALK_MONITOR", "texts susp photos of ip"),
        ("STALK_FOLLOW", "susps friend has twice followed ip from the gym"),
        ("STALK_CONTACT", "susp then sends ip msgs"),
        ("STALK_MONITOR", "u looked nice at the gym tues"),
        ("FIXATION", "who was the bloke in the car park"),
        ("UNWANTED", "ip has told him its finished and to leave her alone"),
    ],
)

case(
    39, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="heavy", batch="sb",
    pattern="pta_chair_receives_repeated_threats_from_parent_over_disco_ban", relationship="acquaintance", occasions=2,
    text="""\
IP = PTA CHAIR. SUSP BANNED FROM SCHL DISCO FOR BEING DRUNK LAST YR. MON SUSP RANG IP "ILL SMASH UR WINDOWS THEN UR FACE". WEDS SAME AGAIN ON VOICEMAIL PLUS "WATCH YOUR BACK AT PICK UP". IP SCARED HE WILL ASSAULT HER, HE HAS HIT SOMEONE BEFORE IN THE PUB.""",
    spans=[
        ("THREAT_VIOLENCE", "ILL SMASH UR WINDOWS THEN UR FACE"),
        ("REPETITION", "WEDS SAME AGAIN ON VOICEMAIL"),
        ("THREAT_VIOLENCE", "WATCH YOUR BACK AT PICK UP"),
        ("FEAR_OF_VIOLENCE", "IP SCARED HE WILL ASSAULT HER"),
    ],
)

case(
    40, "stalking_fear_alarm_distress", "CSD",
    voice="judgment", case="mixed", noise="clean", batch="sb",
    pattern="fixated_parent_on_teacher_orders_items_and_loiters_teacher_moves_school", relationship="customer", occasions=6,
    text="""\
Sentencing remarks.

Mrs Horton, you are the mother of a boy who was in Miss Fenwick's class. For reasons nobody has been able to explain you became preoccupied with her. Over some five months you wrote her long letters about your feelings for her, sent her flowers at school, waited in the staff car park at the end of the school day, and found out her home address and walked past it in the evenings. When she asked you, through the head teacher, to stop, you ordered takeaways and a mattress to her home in her name. There were no threats of violence, and I accept she was never in fear of attack. But the effect on her was severe: she took a month off sick, and she has since left the school and teaching in this area altogether. The sentence is one of 26 weeks' imprisonment suspended for two years, with a restraining order.""",
    spans=[
        ("REPETITION", "Over some five months"),
        ("STALK_CONTACT", "you wrote her long letters about your feelings for her"),
        ("STALK_GIFTS", "sent her flowers at school"),
        ("STALK_LOITER", "waited in the staff car park at the end of the school day"),
        ("STALK_WATCH", "found out her home address and walked past it in the evenings"),
        ("STALK_ORDERS", "you ordered takeaways and a mattress to her home in her name"),
        ("SERIOUS_IMPACT", "she took a month off sick"),
        ("SERIOUS_IMPACT", "she has since left the school and teaching in this area altogether"),
    ],
)

case(
    41, "aggravated_harassment", "CR",
    voice="updates", case="inconsistent", noise="typos", batch="sb",
    pattern="class_rep_receives_repeated_anti_muslim_comments_from_parent", relationship="acquaintance", occasions=3,
    text="""\
15/01 - IP (class rep, Year 6) reports parent Mr G has commented under her posts in the class Facebook group 3 times since new year: "we dont need Ramadan rules in an english school", "sharia mum strikes again", "maybe go and live in a muslim country".
16/01 - Spoke to IP. Not frightened, no threats. She says she is hurt and tired of it. No change to routine. IP is Muslim.
17/01 - Screen shots obtained. SUSP to be seen.""",
    spans=[
        ("STALK_CONTACT", "has commented under her posts in the class Facebook group 3 times since new year"),
        ("RELIGIOUS_HOSTILITY", "we dont need Ramadan rules in an english school"),
        ("RELIGIOUS_HOSTILITY", "sharia mum strikes again"),
        ("RELIGIOUS_HOSTILITY", "maybe go and live in a muslim country"),
        ("DISTRESS", "she is hurt and tired of it"),
    ],
)

case(
    42, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="lower", noise="heavy", batch="sb",
    pattern="other_parent_threatens_black_father_repeatedly_after_playground_fight", relationship="acquaintance", occasions=3,
    text="""\
me and the other dad (kev) had words at pick up after his lad pushed my daughter over. since then its got bad. fri he shouted across the yard "oi sambo, ill kick your head in". mon he come up close and said "ur getting battered black boy, mark my words". tues a msg from him "coons like u end up in the canal". im honestly scared of him now, he's proper lost it and i think hes going to do me one night. i dont go anywhere near the school on my own""",
    spans=[
        ("RACIAL_HOSTILITY", "oi sambo"),
        ("THREAT_VIOLENCE", "ill kick your head in"),
        ("THREAT_VIOLENCE", "ur getting battered black boy, mark my words"),
        ("RACIAL_HOSTILITY", "coons like u end up in the canal"),
        ("FEAR_OF_VIOLENCE", "i think hes going to do me one night"),
    ],
)

case(
    43, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="abbrev", batch="sb",
    pattern="school_dsl_reports_ex_partner_monitoring_via_pupil_and_racist_notes", relationship="ex_partner", occasions=4,
    text="""\
Ref: safeguarding log, DSL Mr P. Okafor, Westbrook CofE Primary.

Pupil X (Y5) disclosed that her dad keeps asking her what mum does, who picks her up, and to take photos of mum's phone messages for him. Mum confirms they split 18 months ago and she does not want contact with him beyond the kids. He has been seen at the gate 3 x this half term on days he does not have contact. Mum also showed me letters he has left in Pupil X's book bag for her, calling her a "paki lover" because her new partner is Pakistani and saying he'll "always be watching". Mum is fed up but says she isn't frightened and hasn't changed anything.""",
    spans=[
        ("STALK_MONITOR", "her dad keeps asking her what mum does, who picks her up"),
        ("STALK_MONITOR", "take photos of mum's phone messages for him"),
        ("UNWANTED", "she does not want contact with him beyond the kids"),
        ("STALK_TURN_UP", "He has been seen at the gate 3 x this half term"),
        ("STALK_CONTACT", "letters he has left in Pupil X's book bag for her"),
        ("RACIAL_HOSTILITY", "paki lover"),
        ("FIXATION", "always be watching"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="updates", case="upper", noise="redacted", batch="sb",
    pattern="ex_partner_follows_and_threatens_at_contact_centre_with_racial_abuse", relationship="ex_partner", occasions=4,
    text="""\
[DATE] 1045 - IP [NAME 1] REPORTS EX PARTNER [NAME 2] FOLLOWED HER FROM THE CONTACT CENTRE TO THE BUS STOP AFTER SUPERVISED CONTACT, SAYING "YOU BLACK WITCH, YOU'LL PAY FOR THIS".
[DATE] 1120 - IP STATES 2ND TIME THIS MONTH. LAST TIME HE SAID "I'LL CUT YOU, N****R" AND SHE HAS HAD TEXTS FROM HIM EVERY NIGHT SINCE - "I KNOW WHERE YOUR SISTER LIVES, YOU CAN'T HIDE".
[DATE] 1300 - IP IN TEARS, SAYS SHE IS TERRIFIED HE WILL KILL HER. DASH HIGH. MARAC REF. CONTACT CENTRE INFORMED.""",
    spans=[
        ("STALK_FOLLOW", "FOLLOWED HER FROM THE CONTACT CENTRE TO THE BUS STOP"),
        ("RACIAL_HOSTILITY", "YOU BLACK WITCH"),
        ("THREAT_VIOLENCE", "YOU'LL PAY FOR THIS"),
        ("REPETITION", "2ND TIME THIS MONTH"),
        ("THREAT_VIOLENCE", "I'LL CUT YOU"),
        ("RACIAL_HOSTILITY", "N****R"),
        ("STALK_CONTACT", "SHE HAS HAD TEXTS FROM HIM EVERY NIGHT SINCE"),
        ("FIXATION", "YOU CAN'T HIDE"),
        ("FEAR_OF_VIOLENCE", "SAYS SHE IS TERRIFIED HE WILL KILL HER"),
    ],
)
