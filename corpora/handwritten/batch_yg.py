# ruff: noqa: E501
"""Hand-written narratives, writer yg: less usual victims and suspects (female suspects, same-sex exes, fans, patients, tenants, carers, students, groups, children)."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="yg",
    pattern="female_ex_pleading_messages_and_doorstep_gifts_male_victim", relationship="ex_partner", occasions=6,
    text="""\
CALLER MR [NAME 1] REPORTS EX GF ELLIE MARSH KEEPS CONTACTING HIM SINCE THEY SPLIT END OF JAN. APPROX 40 MSGS A DAY ON WHATSAPP AND INSTA, ALL ALONG LINES OF 'PLEASE JUST TALK TO ME' 'I CANT LIVE WITHOUT YOU' 'ONE COFFEE THATS ALL'. LEFT A BOX OF HIS FAV BISCUITS AND A LETTER ON HIS DOORSTEP SAT 14TH AND AGAIN TUES. HE HAS BLOCKED HER, SHE MAKES NEW ACCTS. NO THREATS. CALLER SAYS HE IS 'MORE EMBARRASSED THAN ANYTHING' BUT WANTS IT ON RECORD. ADV RE DIARY OF EVENTS + SCREENSHOTS. NO DASH RISK FACTORS DISCLOSED. CALLER ON NIGHTS, PREFERS CALL BACK AFTER 1500.""",
    spans=[
        ("REPETITION", "SINCE THEY SPLIT END OF JAN"),
        ("STALK_CONTACT", "APPROX 40 MSGS A DAY ON WHATSAPP AND INSTA"),
        ("FIXATION", "'I CANT LIVE WITHOUT YOU'"),
        ("STALK_GIFTS", "LEFT A BOX OF HIS FAV BISCUITS AND A LETTER ON HIS DOORSTEP"),
        ("REPETITION", "AGAIN TUES"),
        ("UNWANTED", "HE HAS BLOCKED HER, SHE MAKES NEW ACCTS"),
    ],
)

case(
    2, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="yg",
    pattern="tenant_abusive_texts_to_landlord_about_repairs", relationship="landlord", occasions=4,
    text="""\
Victim is the landlord of 14b Carrow Road. Suspect (tenant, Dean HOLLIS, 34) has been in dispute with him since October about a damp bedroom and a broken boiler. Between 2 November and 20 November the suspect sent the victim 63 text messages, most of them abusive ('you thieving parasite', 'sort my boiler you fat waste of space'), several at 2 or 3 in the morning. He also rang the victim's home landline eleven times on 18 November. Victim states the messages are entirely about the repairs and the rent; the suspect has never been to his home and has made no threats. Victim is fed up and says his wife is upset by the night-time calls. Boiler engineer has now attended (20/11). Suspect spoken to by PC 4471 and admits 'losing it'. Victim wants words of advice only.""",
    spans=[
        ("REPETITION", "Between 2 November and 20 November"),
        ("STALK_CONTACT", "sent the victim 63 text messages, most of them abusive"),
        ("REPETITION", "several at 2 or 3 in the morning"),
        ("STALK_CONTACT", "rang the victim's home landline eleven times on 18 November"),
        ("DISTRESS", "Victim is fed up"),
    ],
)

case(
    3, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="typos", batch="yg",
    pattern="group_of_young_teens_follow_and_watch_elderly_sikh_man_threats", relationship="stranger", occasions=5,
    text="""\
I am 78 years old and live alone on Milner Street. Since about the start of the summer holidays a group of boys, I think about 13 or 14, three or four of them, have been making my life a misery. The first time was when I was walking back from the gurdwara on a Sunday and they followed me all the way to my gate shouting 'oi Bin Laden' and 'take that towel off your head'. After that they started sitting on the wall opposite my house in the evenings just watching my windows. They knock on the door and run. On the 9th August one of them, the tallest one with the red bike, said 'we know you live on your own grandad, we'll come in and cut that beard off'. Last Sunday they followed me home again and the same boy said he would 'shank' me. I am frightened they will hurt me. I have stoped going to the gurdwara on my own, my son now drives me, and I dont go to the shop after 4 oclock any more. I keep the curtians shut all day.""",
    spans=[
        ("DISTRESS", "making my life a misery"),
        ("STALK_FOLLOW", "they followed me all the way to my gate"),
        ("RELIGIOUS_HOSTILITY", "'oi Bin Laden'"),
        ("RELIGIOUS_HOSTILITY", "'take that towel off your head'"),
        ("STALK_LOITER", "sitting on the wall opposite my house in the evenings"),
        ("STALK_WATCH", "just watching my windows"),
        ("THREAT_VIOLENCE", "we'll come in and cut that beard off"),
        ("STALK_FOLLOW", "they followed me home again"),
        ("THREAT_VIOLENCE", "the same boy said he would 'shank' me"),
        ("FEAR_OF_VIOLENCE", "I am frightened they will hurt me"),
        ("SERIOUS_IMPACT", "I have stoped going to the gurdwara on my own"),
        ("SERIOUS_IMPACT", "I dont go to the shop after 4 oclock any more"),
    ],
)

case(
    4, "no_offence", "",
    voice="third_party", case="lower", noise="typos", batch="yg",
    pattern="tenant_reports_lawful_arrears_letters_and_section21_as_harassment", relationship="landlord", occasions=5,
    text="""\
from: [NAME 2]
subject: landlord harrasing me!!!
hi i want to report my landlord mr okafor for harrassment. he has sent me 3 letters since june about the rent arrears (£1,850) and last week he came round with a man from the letting agency to serve me a section 21 notice. he also texted to say the gas safety check is on the 12th and he will need acess. i feel like im being pushed out and its stressing me out. he hasnt been rude or anything but i dont think its right. please can someone call me back""",
    spans=[
        ("DISTRESS", "its stressing me out"),
    ],
)

case(
    5, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="call_log", case="upper", noise="heavy", batch="yg",
    pattern="remanded_suspects_family_threaten_asian_shopkeeper_witness", relationship="customer", occasions=3,
    text="""\
RP IS OWNER OF OFFIE ON FELL LANE, MALE 52. HIS SHOP WAS BURGLED IN MAY + HE GAVE STATMENT AGAINST LOCAL MALE KYLE DUNNE WHO IS NOW ON REMAND. SINCE THEN DUNNES 2 BROTHERS AND THEIR MUM HAVE COME IN TO THE SHOP 3 TIMES. 01/07 BROTHER (LEWIS?) SAID 'WITHDRAW YOUR STATMENT P*KI OR WE'LL BURN YOU OUT'. 06/07 BOTH BROS IN SHOP, OLDER ONE SAID 'YOUR DEAD YOU BROWN C***' + SPAT ON COUNTER. 09/07 MUM CAME IN SAID HER BOYS WILL 'SORT HIM' AND CALLED HIM A 'DIRTY IMMIGRANT'. RP V SCARED, THINKS THEY WILL ATTACK HIM WHEN LOCKING UP, NOW GETS SON TO CLOSE UP W HIM EVERY NITE. CCTV AVAIL. LINKED TO CRIME REF 22/5817/24. PLS ALLOC OIC.""",
    spans=[
        ("REPETITION", "COME IN TO THE SHOP 3 TIMES"),
        ("RACIAL_HOSTILITY", "P*KI"),
        ("THREAT_VIOLENCE", "WE'LL BURN YOU OUT"),
        ("THREAT_VIOLENCE", "'YOUR DEAD"),
        ("RACIAL_HOSTILITY", "YOU BROWN C***'"),
        ("THREAT_VIOLENCE", "HER BOYS WILL 'SORT HIM'"),
        ("RACIAL_HOSTILITY", "'DIRTY IMMIGRANT'"),
        ("FEAR_OF_VIOLENCE", "THINKS THEY WILL ATTACK HIM WHEN LOCKING UP"),
        ("SERIOUS_IMPACT", "NOW GETS SON TO CLOSE UP W HIM EVERY NITE"),
    ],
)

case(
    6, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="clean", batch="yg",
    pattern="female_viewer_fixated_on_male_food_vlogger_turns_up_at_shoots", relationship="online", occasions=12,
    text="""\
IP (Jordan ACHEAMPONG, 29) runs a food review channel on YouTube and TikTok ('Jordan Eats Leeds', approx 80k followers). Suspect is a female viewer, Sandra PRYCE, 41, who began commenting on every video in March. From April she started appearing at the restaurants he reviews, having worked out from the videos where he would be filming; IP has counted nine occasions, the latest on 2 August at a café in Headingley where she sat at the next table and filmed him. She has sent him handmade cards and a knitted jumper with his logo on it via his PO box, and messages saying they are 'meant to be' and that his girlfriend is 'temporary'. She has never threatened him. In July she was seen sitting in a car outside his mother's house. IP has since stopped posting videos in real time and only uploads a week after filming, has cancelled a meet-and-greet, and has had his mum move in with him for now. States he feels hunted.""",
    spans=[
        ("FIXATION", "began commenting on every video in March"),
        ("STALK_TURN_UP", "started appearing at the restaurants he reviews"),
        ("REPETITION", "nine occasions"),
        ("STALK_WATCH", "sat at the next table and filmed him"),
        ("STALK_GIFTS", "handmade cards and a knitted jumper with his logo on it"),
        ("FIXATION", "saying they are 'meant to be'"),
        ("STALK_LOITER", "sitting in a car outside his mother's house"),
        ("SERIOUS_IMPACT", "stopped posting videos in real time"),
        ("SERIOUS_IMPACT", "has cancelled a meet-and-greet"),
        ("DISTRESS", "he feels hunted"),
    ],
)

case(
    7, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="typos", batch="yg",
    pattern="suspended_female_worker_threatens_male_supervisor_via_partner", relationship="colleague", occasions=4,
    text="""\
I work as a shift supervisor at the Kingsway distribution centre. In September I reported a member of my team, Tanya Whitlow, to HR for clocking in for people who werent there. She was suspended. On 24/09 she sent me a text saying 'you grassing little rat, my Darren will find you and put you in hospital'. I know her partner Darren, he is a big lad and has been in trouble before. I told HR but not police. Then on Friday 4th October she was waiting by the smoking shelter when I came off shift and she said 'Darren knows your car, your getting done'. She has also rung me witheld about 5 times and just breathed down the phone. I am genuinely scared to walk to my car now, I have been asking a mate to walk out with me every shift and I park by the gatehouse.""",
    spans=[
        ("STALK_CONTACT", "she sent me a text"),
        ("THREAT_VIOLENCE", "my Darren will find you and put you in hospital"),
        ("STALK_LOITER", "she was waiting by the smoking shelter"),
        ("THREAT_VIOLENCE", "'Darren knows your car, your getting done'"),
        ("STALK_CONTACT", "rung me witheld about 5 times and just breathed down the phone"),
        ("FEAR_OF_VIOLENCE", "I am genuinely scared to walk to my car now"),
        ("SERIOUS_IMPACT", "I have been asking a mate to walk out with me every shift"),
    ],
)

case(
    8, "aggravated_stalking", "CSR",
    voice="notebook", case="lower", noise="abbrev", batch="yg",
    pattern="female_ex_turns_up_and_sends_racist_messages_victim_unafraid", relationship="ex_partner", occasions=9,
    text="""\
attended IP addr re ongoing issues w ex partner. IP (m, 36) was in rship w SUSP (f, 33, [NAME 3]) for 2 yrs, ended by IP in april. since then SUSP has turned up at his flat approx 6 times, usually late eve, banging on door demanding to be let in. has also been seen sat in her car at end of his rd on at least 2 occasions per neighbour W1. msgs (screenshots taken): 'u were nothing before me u curry muncher' 'go back to ur mum in delhi see if she wants a failure' 'ill always be here'. IP born in leicester, parents from gujarat. IP states not scared of her, 'she's 5ft nothing', just wants it to stop. no change to routine. IP wants it dealt w properly, not just a warning. crime recorded.""",
    spans=[
        ("STALK_TURN_UP", "turned up at his flat approx 6 times"),
        ("UNWANTED", "banging on door demanding to be let in"),
        ("STALK_LOITER", "sat in her car at end of his rd"),
        ("REPETITION", "on at least 2 occasions"),
        ("STALK_CONTACT", "msgs (screenshots taken)"),
        ("RACIAL_HOSTILITY", "u curry muncher"),
        ("RACIAL_HOSTILITY", "'go back to ur mum in delhi see if she wants a failure'"),
        ("FIXATION", "'ill always be here'"),
    ],
)

case(
    9, "harassment", "C",
    voice="call_log", case="mixed", noise="abbrev", batch="yg",
    pattern="parent_abuses_youth_football_coach_over_team_selection", relationship="acquaintance", occasions=5,
    text="""\
Caller Mr Bell is volunteer coach of Ashby Rovers U11s. A parent, Mrs Gemma Royle, has been sending him abusive msgs since her son was dropped to the B team on 3rd Mar. Caller has had approx 25 WhatsApp msgs and voice notes over 2 wks calling him 'pathetic little man', 'useless prick' etc, and she has posted in the parents' group that he favours his mates' kids. She has also shouted at him across the pitch at two Sunday matches. No threats. Caller clear it is all about her son's place in the team. Says he has thought about packing in the coaching but hasn't. Adv to screenshot, club welfare officer aware.""",
    spans=[
        ("STALK_CONTACT", "sending him abusive msgs"),
        ("REPETITION", "approx 25 WhatsApp msgs and voice notes over 2 wks"),
        ("STALK_PUBLISH", "posted in the parents' group that he favours his mates' kids"),
        ("STALK_CONTACT", "shouted at him across the pitch at two Sunday matches"),
        ("DISTRESS", "he has thought about packing in the coaching"),
    ],
)

case(
    10, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="typos", batch="yg",
    pattern="female_tenant_racially_abuses_polish_landlord_over_arrears", relationship="landlord", occasions=5,
    text="""\
From: Piotr Nowak
I am landlord of 7 Harbour Terrace flat 2. The tenant Ms Kerry Ashworth owes 3 months rent and since I wrote to her on 1 March asking for payment she have sent me many text messages, I count 31, and she leaves voicemails. She call me 'Polish scum', 'go back to your own country and rob people there', 'you people come here and buy up all the houses'. On 15 March she wrote on my car windscreen in marker EASTERN EUROPEAN PARASITE. I am not afraid of her but my wife is very upset and I am ashamed when neighbours see. I only want my rent and for this to stop. I have kept all the mesages.""",
    spans=[
        ("STALK_CONTACT", "sent me many text messages, I count 31"),
        ("STALK_CONTACT", "she leaves voicemails"),
        ("RACIAL_HOSTILITY", "'Polish scum'"),
        ("RACIAL_HOSTILITY", "'go back to your own country and rob people there'"),
        ("RACIAL_HOSTILITY", "'you people come here and buy up all the houses'"),
        ("STALK_PROPERTY", "wrote on my car windscreen in marker"),
        ("RACIAL_HOSTILITY", "EASTERN EUROPEAN PARASITE"),
        ("DISTRESS", "I am ashamed when neighbours see"),
    ],
)

case(
    11, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean", batch="yg",
    pattern="male_ex_partner_joins_victims_gym_and_keeps_messaging", relationship="ex_partner", occasions=6,
    text="""\
Victim Aaron FELL (27) and suspect Marcus OYELARAN (31) were in a relationship for 18 months; it ended in January when the victim moved out of their shared flat. Suspect has continued to contact him, mostly via Instagram and text, asking to meet and saying he has 'changed'. Victim has replied twice asking him to stop. Suspect has since joined the victim's gym in Clifton and turns up during the victim's usual 6am sessions, most recently on 11th, 13th and 18th March, where he trains nearby and tries to start conversations. He has also been commenting on photos of the victim's new friends. No threats, no violence in the relationship per DASH (standard). Victim describes it as 'awkward and a bit much' and does not want to change gyms. Suspect to be interviewed voluntarily.""",
    spans=[
        ("STALK_CONTACT", "continued to contact him, mostly via Instagram and text"),
        ("UNWANTED", "replied twice asking him to stop"),
        ("STALK_TURN_UP", "joined the victim's gym in Clifton and turns up during the victim's usual 6am sessions"),
        ("REPETITION", "on 11th, 13th and 18th March"),
        ("STALK_MONITOR", "commenting on photos of the victim's new friends"),
    ],
)

case(
    12, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="clean", batch="yg",
    pattern="female_upstairs_neighbour_repeated_knife_threats_racist_abuse", relationship="neighbour", occasions=3,
    text="""\
999 transcript extract, 2216hrs
OP: Police, what's the address of your emergency?
C: 22 Thornbury Close, ground floor. It's my neighbour, she's outside my door screaming.
OP: OK sir, what is she saying?
C: Same as before. She's saying she's going to stab me, calling me a black monkey, telling me go back to Somalia. She said it last week as well, and on Sunday. I think she has a knife in her hand.
OP: Are you safe inside?
C: I've locked the door, my kids are in the bedroom. I'm scared, honestly I'm scared she will do it.
OP: What's her name?
C: Debbie, upstairs, 22a. She drinks.
[units dispatched 2217]""",
    spans=[
        ("THREAT_VIOLENCE", "She's saying she's going to stab me"),
        ("RACIAL_HOSTILITY", "calling me a black monkey"),
        ("RACIAL_HOSTILITY", "telling me go back to Somalia"),
        ("REPETITION", "She said it last week as well, and on Sunday"),
        ("FEAR_OF_VIOLENCE", "I'm scared she will do it"),
    ],
)

case(
    13, "stalking_fear_alarm_distress", "CSFD",
    voice="third_party", case="mixed", noise="clean", batch="yg",
    pattern="constituent_fixated_on_mp_surgeries_letters_home_threats", relationship="stranger", occasions=10,
    text="""\
From: Office of [NAME 4] MP
To: Force Parliamentary Liaison
Re: Mr Graham TULLETT - ongoing

Mr Tullett has attended the last five constituency surgeries (held fortnightly at Wrexham Road library) and will not leave until he has seen the MP personally. He writes two or three letters a week, some of them over 20 pages, mostly about a planning decision but increasingly about the MP herself - her marriage, her clothes, photos of her taken at public events, and claims she 'smiled at him on purpose'. On 14 February he was outside the MP's home address, which is not published. At the surgery on 21 February, when told she would not see him, he said 'she'll see me one way or another, I'll put her through a window'. Yesterday a letter arrived at the office: 'next time it will not be words, tell her'. The MP is frightened for her own safety and we have now moved surgeries to appointment-only with two staff present. Please advise urgently re risk.""",
    spans=[
        ("STALK_TURN_UP", "attended the last five constituency surgeries"),
        ("UNWANTED", "will not leave until he has seen the MP personally"),
        ("STALK_CONTACT", "He writes two or three letters a week"),
        ("FIXATION", "increasingly about the MP herself"),
        ("STALK_WATCH", "photos of her taken at public events"),
        ("FIXATION", "claims she 'smiled at him on purpose'"),
        ("STALK_TURN_UP", "he was outside the MP's home address"),
        ("THREAT_VIOLENCE", "I'll put her through a window"),
        ("THREAT_VIOLENCE", "'next time it will not be words, tell her'"),
        ("FEAR_OF_VIOLENCE", "The MP is frightened for her own safety"),
        ("SERIOUS_IMPACT", "moved surgeries to appointment-only with two staff present"),
    ],
)

case(
    14, "no_offence", "",
    voice="updates", case="inconsistent", noise="typos", batch="yg",
    pattern="adult_siblings_mutual_rows_over_mothers_care", relationship="family", occasions=2,
    text="""\
Call from Mrs Janet PRIOR re her brother Keith. Their mum (87) has dementia and lives with Janet, Keith visits sundays. Both say the other is harrassing them. Keith says Janet shouts at him and wont let him see mums bank statements; Janet says Keith calls her a 'money grabbing cow' and bangs on the table. ATTENDED 2/6 - BOTH SHOUTING AT EACH OTHER IN THE KITCHEN, MUM UPSET. previous call 19/5 same thing, both parties gave as good as they got. NO THREATS, no injuries. Both adv re behaviour, referal to adult social care re mum. Mutual family dispute, no crime, NFA.""",
    spans=[],
)

case(
    15, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="yg",
    pattern="rejected_fan_posts_anti_muslim_abuse_about_vlogger_and_attends_events", relationship="online", occasions=8,
    text="""\
SUPERVISOR REVIEW - DS 2290
Have reviewed. Initially logged as malicious comms but on the facts this is a course of conduct with stalking features. VIC is a lifestyle vlogger (modest fashion, approx 200k subs) who wears a hijab. SUSP, male 24, was a regular commenter who messaged her privately from Oct, proposing marriage. When she blocked him he set up 4 new accounts and began posting about her - her daily routine, the mosque she attends - with comments such as 'covered up terrorist princess' and 'hijab wearing hypocrite, Islam is a cancer'. He attended 2 of her brand events in Manchester (08/11 and 29/11) and stood at the back filming her. VIC says she is 'not scared of him, he's a sad little boy' and has changed nothing. Religious hostility clear. Recorded as aggravated stalking. OIC to request subscriber info from platforms.""",
    spans=[
        ("STALK_CONTACT", "messaged her privately from Oct"),
        ("FIXATION", "proposing marriage"),
        ("UNWANTED", "When she blocked him he set up 4 new accounts"),
        ("STALK_PUBLISH", "began posting about her - her daily routine, the mosque she attends"),
        ("RELIGIOUS_HOSTILITY", "'covered up terrorist princess'"),
        ("RELIGIOUS_HOSTILITY", "Islam is a cancer"),
        ("STALK_TURN_UP", "attended 2 of her brand events in Manchester"),
        ("REPETITION", "(08/11 and 29/11)"),
        ("STALK_WATCH", "stood at the back filming her"),
    ],
)

case(
    16, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="typos", batch="yg",
    pattern="excluded_15yr_old_pupils_threaten_male_teacher", relationship="acquaintance", occasions=3,
    text="""\
CALLER IS TEACHER AT ST BEDES ACADEMY. REPORTS 2 YR10 PUPILS (BOTH 15) HAVE BEEN THRETENING HIM SINCE HE EXLCUDED ONE OF THEM (RILEY ASTON) ON 12/01. 15/01 SNAPCHAT MSG FROM UNKNOWN ACCT BUT RILEYS PIC 'UR GETTING STABBED SIR'. 19/01 BOTH BOYS WAITED BY THE STAFF CAR PARK GATE, THE OTHER BOY (JAYDEN?) DREW FINGER ACROSS THROAT AND SAID 'WAIT TILL YOU LEAVE SCHOOL'. 22/01 SAME AGAIN AT THE GATE, SAID THEY KNOW WHERE HE LIVES. CALLER SAYS HE HAS BEEN TEACHING 20 YRS AND NEVER BEEN AFRAID BUT HE IS NOW, THINKS THEY WILL GO FOR HIM. SCHOOL HAVE INFORMED PARENTS. SNT TO ATTEND SCHOOL.""",
    spans=[
        ("THREAT_VIOLENCE", "'UR GETTING STABBED SIR'"),
        ("STALK_LOITER", "WAITED BY THE STAFF CAR PARK GATE"),
        ("THREAT_VIOLENCE", "DREW FINGER ACROSS THROAT AND SAID 'WAIT TILL YOU LEAVE SCHOOL'"),
        ("REPETITION", "22/01 SAME AGAIN"),
        ("THREAT_VIOLENCE", "SAID THEY KNOW WHERE HE LIVES"),
        ("FEAR_OF_VIOLENCE", "THINKS THEY WILL GO FOR HIM"),
    ],
)

case(
    17, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="yg",
    pattern="female_ex_uses_brothers_to_follow_and_threaten_kurdish_ex", relationship="ex_partner", occasions=7,
    text="""\
IP (male, 38, Kurdish, UK national) separated from SUSP1 (f, 35, Leanne GARSIDE) in Aug after 6yr rship. No children. SUSP1 refuses to accept the split and has sent approx 300 msgs since, alternating between begging him back and abuse ('you're nothing without me', 'dirty Kurd'). Since Oct her two brothers (SUSP2 Shane GARSIDE, SUSP3 Dale GARSIDE) have been acting for her: on 04/10 they followed IP from his work in Dale's van to his new address; on 17/10 they stood outside his flat for about an hour and Shane shouted 'come out you terrorist, we'll cut you up'; on 30/10 Dale sent a msg 'ur getting your legs broke if you dont go back to her'. IP's car was keyed on 01/11. SUSP1 messaged on 02/11 'my brothers will keep coming till you see sense'. IP believes the brothers will seriously assault him and is terrified. He is sleeping at a friend's and has taken leave from work.\n\nBackground: IP works at a tyre depot on the Trafford Park estate, shift 0700-1500. Van is a white Transit, partial VRM given by IP (DA** ...), ANPR request submitted 03/11. Previous CAD 14/09 at IP's address is unrelated (pedal cycle stolen from communal hallway, NFA). IP's new address is not known to SUSP1 as far as he is aware, so it is believed the brothers found it by following him on 04/10. IP has kept all msgs and has handed over his phone for download; he has been given a loan handset. SUSP1 has no previous. SUSP2 has previous for ABH (2019). DASH completed - MEDIUM, on the edge of high given the involvement of the brothers. Safety advice and TecSOS discussed.""",
    spans=[
        ("FIXATION", "refuses to accept the split"),
        ("STALK_CONTACT", "sent approx 300 msgs since"),
        ("RACIAL_HOSTILITY", "'dirty Kurd'"),
        ("STALK_FOLLOW", "followed IP from his work in Dale's van to his new address"),
        ("STALK_LOITER", "stood outside his flat for about an hour"),
        ("RACIAL_HOSTILITY", "'come out you terrorist"),
        ("THREAT_VIOLENCE", "we'll cut you up'"),
        ("THREAT_VIOLENCE", "'ur getting your legs broke if you dont go back to her'"),
        ("STALK_PROPERTY", "IP's car was keyed"),
        ("FIXATION", "'my brothers will keep coming till you see sense'"),
        ("FEAR_OF_VIOLENCE", "IP believes the brothers will seriously assault him"),
        ("SERIOUS_IMPACT", "He is sleeping at a friend's"),
        ("SERIOUS_IMPACT", "has taken leave from work"),
    ],
)

case(
    18, "harassment", "CD",
    voice="mo_field", case="mixed", noise="clean", batch="yg",
    pattern="former_student_emails_lecturer_about_dissertation_mark_signed_off", relationship="acquaintance", occasions=10,
    text="""\
Online crime report
What happened: I am a senior lecturer in Law at Northgate University. A final year student whose dissertation I marked (42%, upheld on appeal) has been emailing me repeatedly since results came out on 8 July. I have had 57 emails, many of them rude or insulting ('incompetent', 'you have ruined my life and you will answer for it in court', 'you should be sacked'), and he has rung the department office most days asking for me by name. He has also left 1-star reviews of me on a lecturer rating site. Everything he says is about the mark. He has not threatened me physically and I don't think he will. It has affected me badly; my GP signed me off work for three weeks in August with stress.
Suspect details: [NAME 5], student no. XXXXXXX
Do you know the suspect: Yes - former student""",
    spans=[
        ("STALK_CONTACT", "has been emailing me repeatedly since results came out on 8 July"),
        ("REPETITION", "57 emails"),
        ("STALK_CONTACT", "rung the department office most days asking for me by name"),
        ("STALK_PUBLISH", "left 1-star reviews of me on a lecturer rating site"),
        ("DISTRESS", "It has affected me badly"),
        ("SERIOUS_IMPACT", "my GP signed me off work for three weeks in August with stress"),
    ],
)

case(
    19, "no_offence", "R",
    voice="call_log", case="lower", noise="abbrev", batch="yg",
    pattern="single_racist_shout_from_passing_child_cyclists", relationship="stranger", occasions=1,
    text="""\
rp reports at approx 1640 today group of 4 or 5 youths on bikes, approx 12-14 yrs, rode past him outside his shop on coronation rd and one shouted 'f*** off back to india you p***' then rode off twds the park. rp doesn't know them, not seen them before, no further incidents. not injured, says he is used to it but wanted it logged. cctv from shop to be checked. area search neg. hate incident flag added.""",
    spans=[
        ("RACIAL_HOSTILITY", "'f*** off back to india you p***'"),
    ],
)

case(
    20, "stalking", "CS",
    voice="statement", case="mixed", noise="typos", batch="yg",
    pattern="female_fan_fixated_on_local_pub_band_singer", relationship="stranger", occasions=20,
    text="""\
I play in a band called The Lowlights and we do a lot of pub gigs around Bristol. Since last summer a woman called Nicola (I dont know her surname, she goes by Nix on Facebook) has come to every single gig, I think 20 odd now, and stands right at the front. At first it was fine, fans are great. But she started messaging me every day on Facebook and Insta, long messages about how we have a connection and my songs are writen about her. I told her in November I have a partner and Im not interested, and she said 'you dont know what you want yet'. She's sent flowers to the venue twice and a framed drawing of me. My bandmate Kwame, who is Ghanaian and does our sound, noticed her taking photos of my van in the car park at the Fleece. She's never been agressive or threatened me. I'm not scared of her but I want her to back off.""",
    spans=[
        ("STALK_TURN_UP", "has come to every single gig, I think 20 odd now"),
        ("STALK_CONTACT", "started messaging me every day on Facebook and Insta"),
        ("FIXATION", "how we have a connection and my songs are writen about her"),
        ("UNWANTED", "I told her in November I have a partner and Im not interested"),
        ("FIXATION", "'you dont know what you want yet'"),
        ("STALK_GIFTS", "sent flowers to the venue twice and a framed drawing of me"),
        ("STALK_WATCH", "taking photos of my van in the car park"),
    ],
)

case(
    21, "aggravated_harassment", "CR",
    voice="crime_summary", case="upper", noise="abbrev", batch="yg",
    pattern="group_of_teenage_girls_religious_abuse_in_newsagents", relationship="customer", occasions=5,
    text="""\
GROUP OF 3 FEMALE YOUTHS (AGED 14-15, NAMES KNOWN TO SCHOOL, SEE ATTACHED) HAVE ENTERED VICTIM'S NEWSAGENTS ON MARKET ST ON AT LEAST 5 OCCASIONS SINCE 1ST SEPT. ON EACH OCCASION THEY HAVE SHOUTED ABUSE AT VICTIM (M, 61), INCL 'ALLAHU AKBAR BOOM' AND 'WHERES YOUR BOMB', AND HELD UP BACON CRISPS TO HIS FACE LAUGHING 'HARAM HARAM'. VICTIM IS NOT FEARFUL OF THEM ('THEY ARE CHILDREN') BUT IS UPSET AND EMBARRASSED IN FRONT OF CUSTOMERS. NO THREATS. NO DAMAGE. CCTV OBTAINED X3. YOT + SCHOOLS OFFICER INFORMED.""",
    spans=[
        ("REPETITION", "ON AT LEAST 5 OCCASIONS SINCE 1ST SEPT"),
        ("STALK_CONTACT", "SHOUTED ABUSE AT VICTIM"),
        ("RELIGIOUS_HOSTILITY", "'ALLAHU AKBAR BOOM'"),
        ("RELIGIOUS_HOSTILITY", "'WHERES YOUR BOMB'"),
        ("RELIGIOUS_HOSTILITY", "HELD UP BACON CRISPS TO HIS FACE LAUGHING 'HARAM HARAM'"),
        ("DISTRESS", "IS UPSET AND EMBARRASSED IN FRONT OF CUSTOMERS"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="third_party", case="mixed", noise="clean", batch="yg",
    pattern="female_student_fixated_on_male_lecturer_follows_onto_train", relationship="acquaintance", occasions=12,
    text="""\
Referral from University Safeguarding Team
Dr Owen TERRY (lecturer, School of Music) has asked us to pass this on. A second-year student, Ms Freya LINDQVIST, has this term sent him over 150 emails, many unrelated to her course and increasingly personal ('I know you feel it too', 'your wife doesn't understand you'). She has been found waiting by his office door, not in office hours, on at least eight occasions, and on 3 November she followed him from campus to the railway station and got on the same train. She has posted photographs of him on a private Instagram account. He has told her clearly, in writing and with her personal tutor present, that contact must be about coursework only. Dr Terry has not been threatened. He has, however, moved his teaching to another building and stopped taking the train (he now drives 40 minutes each way). He reports poor sleep.""",
    spans=[
        ("STALK_CONTACT", "sent him over 150 emails"),
        ("ESCALATION", "increasingly personal"),
        ("FIXATION", "'I know you feel it too'"),
        ("STALK_LOITER", "waiting by his office door, not in office hours, on at least eight occasions"),
        ("STALK_FOLLOW", "followed him from campus to the railway station and got on the same train"),
        ("STALK_PUBLISH", "posted photographs of him on a private Instagram account"),
        ("UNWANTED", "He has told her clearly, in writing and with her personal tutor present"),
        ("SERIOUS_IMPACT", "moved his teaching to another building"),
        ("SERIOUS_IMPACT", "stopped taking the train"),
        ("DISTRESS", "He reports poor sleep"),
    ],
)

case(
    23, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="typos", batch="yg",
    pattern="client_son_repeatedly_threatens_home_carer_over_theft_suspicion", relationship="family", occasions=3,
    text="""\
I am a domiciliary carer employed by Homecare Plus. Since April I have been visiting Mrs Eileen Doyle (91) four times a day. Her son Martin lives nearby and believes I have been taking money from her purse which is not true, the agency has looked into it. On 2nd June he was at the house when I arrived and he stood in the hallway blocking me and said 'I know your robbing her, I'll break your f***ing neck'. He has said it again twice since, once on the phone to me and once at the door on the 16th. He stands really close when he says it. I am scared of him and I beleive he would hurt me. I asked the agency to take me off Mrs Doyle's calls, which they have, and I now cover calls further away which means more travel for less hours.""",
    spans=[
        ("UNWANTED", "stood in the hallway blocking me"),
        ("THREAT_VIOLENCE", "'I know your robbing her, I'll break your f***ing neck'"),
        ("REPETITION", "He has said it again twice since"),
        ("FEAR_OF_VIOLENCE", "I am scared of him and I beleive he would hurt me"),
        ("SERIOUS_IMPACT", "I asked the agency to take me off Mrs Doyle's calls"),
    ],
)

case(
    24, "aggravated_stalking", "CSR",
    voice="call_log", case="mixed", noise="heavy", batch="yg",
    pattern="male_ex_partner_racist_messages_monitoring_threats_victim_not_afraid", relationship="ex_partner", occasions=7,
    text="""\
Caller Dominic (black british male 30s) reporting ex bf Lewis CRANE. split 6 wks ago, Lewis wont accept it. turnd up at dominics work (Costa, high st) 3x last wk, sat there all shift staring. Lewis made a fake insta to view D's storys after being blocked, knows where hes been every nite. msgs v abusive - 'no one else will want a monkey like u', 'u were lucky a white man looked at u'. also said 'ill smash ur face in' on sat and 'ur getting hurt' sun. caller says hes NOT scared, Lewis 'all mouth, never laid a finger on me in 2 yrs', just wants police to tell him to stop. no changes made to routine. DASH std. pls call back aftr 1800.""",
    spans=[
        ("FIXATION", "Lewis wont accept it"),
        ("STALK_TURN_UP", "turnd up at dominics work (Costa, high st) 3x last wk"),
        ("STALK_WATCH", "sat there all shift staring"),
        ("STALK_MONITOR", "made a fake insta to view D's storys after being blocked"),
        ("RACIAL_HOSTILITY", "'no one else will want a monkey like u'"),
        ("RACIAL_HOSTILITY", "'u were lucky a white man looked at u'"),
        ("THREAT_VIOLENCE", "'ill smash ur face in' on sat"),
        ("THREAT_VIOLENCE", "'ur getting hurt' sun"),
    ],
)

case(
    25, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="clean", batch="yg",
    pattern="landlord_racist_threats_to_romanian_lodger_illegal_eviction", relationship="landlord", occasions=3,
    text="""\
Victim (male, 44, Romanian national) rents a room at 31 Peel Street from the suspect, landlord Barry KNAGGS (60). Since the victim asked for his deposit protection details in January, the suspect has attended the property several times unannounced. On 09/02 he told the victim 'you gypsy bastards are all the same, get out by Friday or I'll put you out through the window'. On 23/02 he returned with another male and said 'last warning, Romanian scum, next time I bring a bat'. The victim's housemate (also Romanian) was present both times. Victim says he is afraid the suspect will come at night and beat him, and he lies awake listening for the door. No notice has been served. Housing Standards made aware re possible illegal eviction.""",
    spans=[
        ("STALK_TURN_UP", "attended the property several times unannounced"),
        ("RACIAL_HOSTILITY", "'you gypsy bastards are all the same"),
        ("THREAT_VIOLENCE", "get out by Friday or I'll put you out through the window'"),
        ("RACIAL_HOSTILITY", "Romanian scum"),
        ("THREAT_VIOLENCE", "next time I bring a bat'"),
        ("FEAR_OF_VIOLENCE", "he is afraid the suspect will come at night and beat him"),
        ("DISTRESS", "he lies awake listening for the door"),
    ],
)

case(
    26, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="yg",
    pattern="female_patient_fixated_on_male_gp_cards_car_park_calls", relationship="customer", occasions=6,
    text="""\
Practice manager's log, Brookside Surgery, re patient [NAME 6]
- 12/03 pt requested Dr HALE only, declined other GPs. Booked 4 appts in 2 wks for minor issues.
- 20/03 card left at reception for Dr H 'to my favourite doctor, I think about you all the time x'.
- 27/03 pt seen in staff car park by Dr H's car at 1830 after surgery closed.
- 02/04 pt phoned 9 times asking if Dr H was working and what time he finishes.
- 05/04 letter delivered to surgery addressed to Dr H, 6 pages, says she knows he is 'unhappy at home'.
- 08/04 Dr H wrote to pt explaining she must see another GP and personal contact is inappropriate. Pt replied same day 'they can't keep us apart'.
Dr H not threatened, says he feels uncomfortable. Reported to police on advice of LMC.""",
    spans=[
        ("FIXATION", "pt requested Dr HALE only, declined other GPs"),
        ("STALK_GIFTS", "card left at reception for Dr H"),
        ("FIXATION", "'to my favourite doctor, I think about you all the time x'"),
        ("STALK_LOITER", "pt seen in staff car park by Dr H's car at 1830 after surgery closed"),
        ("STALK_MONITOR", "phoned 9 times asking if Dr H was working and what time he finishes"),
        ("STALK_CONTACT", "letter delivered to surgery addressed to Dr H"),
        ("FIXATION", "'unhappy at home'"),
        ("UNWANTED", "personal contact is inappropriate"),
        ("FIXATION", "'they can't keep us apart'"),
        ("DISTRESS", "he feels uncomfortable"),
    ],
)

case(
    27, "aggravated_harassment", "CDR",
    voice="statement", case="lower", noise="typos", batch="yg",
    pattern="residents_daughter_racially_abuses_african_care_home_carer", relationship="customer", occasions=4,
    text="""\
i work nights as a senior carer at the lindens nursing home. one of the residents daughters, mrs paula wix, has made complaints about her mums care since february and i have no problem with that, the home is investigating. but since march she has started on me personaly. on 3 visits she has said to me 'i dont want some african touching my mother' and 'go back to the jungle', and she sent an email to my work adress calling me a 'monkey in a uniform'. the last time on 28 april she said it in front of residents. i am not scared of her, she is a small lady, but i feel humiliated. i have asked to move to the other unit so i do not have to see her and that has happend, i lost my senior shifts doing it.""",
    spans=[
        ("REPETITION", "on 3 visits"),
        ("RACIAL_HOSTILITY", "'i dont want some african touching my mother'"),
        ("RACIAL_HOSTILITY", "'go back to the jungle'"),
        ("STALK_CONTACT", "sent an email to my work adress"),
        ("RACIAL_HOSTILITY", "'monkey in a uniform'"),
        ("DISTRESS", "i feel humiliated"),
        ("SERIOUS_IMPACT", "i have asked to move to the other unit so i do not have to see her"),
    ],
)

case(
    28, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="yg",
    pattern="customer_three_abusive_voicemails_to_pharmacist_in_minutes", relationship="customer", occasions=3,
    text="""\
RP PHARMACIST, CASTLE ST CHEMIST. FEMALE CUSTOMER LEFT 3 ABUSIVE VOICEMAILS FOR HIM BY NAME WITHIN 10 MINS (1112, 1116, 1121) OVER A LATE SCRIPT. NO THREATS. RP SHAKEN. OFFICER TO CALL SUSP.""",
    spans=[
        ("STALK_CONTACT", "LEFT 3 ABUSIVE VOICEMAILS FOR HIM BY NAME"),
        ("REPETITION", "WITHIN 10 MINS (1112, 1116, 1121)"),
        ("DISTRESS", "RP SHAKEN"),
    ],
)

case(
    29, "stalking_fear_alarm_distress", "CSFD",
    voice="dash_note", case="mixed", noise="abbrev", batch="yg",
    pattern="female_ex_partner_tracks_female_victim_via_phone_and_threatens", relationship="ex_partner", occasions=7,
    text="""\
IP (f, 26) ended rship w SUSP (f, 29, Kayleigh MORTON) on 14/06 after 3 yrs. SUSP still had IP's Apple ID password and has been tracking her via Find My iPhone - has turned up at IP's gym, her friend's house and a bar in Ancoats within minutes of IP arriving. IP changed password 02/07, since then SUSP has been seen parked on IP's road twice. Msgs: 01/07 'if I can't have you no one will, I'll f***ing end you', 05/07 'watch your back babe'. IP states SUSP was physically violent in rship (pushed against wall, Mar) and she is terrified she will carry out the threats. IP has moved back to her parents in Stockport and is working from home. DASH HIGH - MARAC referral made.""",
    spans=[
        ("STALK_MONITOR", "has been tracking her via Find My iPhone"),
        ("STALK_TURN_UP", "has turned up at IP's gym, her friend's house and a bar in Ancoats"),
        ("STALK_LOITER", "seen parked on IP's road twice"),
        ("FIXATION", "'if I can't have you no one will"),
        ("THREAT_VIOLENCE", "I'll f***ing end you'"),
        ("THREAT_VIOLENCE", "'watch your back babe'"),
        ("FEAR_OF_VIOLENCE", "she is terrified she will carry out the threats"),
        ("SERIOUS_IMPACT", "has moved back to her parents in Stockport"),
        ("SERIOUS_IMPACT", "is working from home"),
    ],
)

case(
    30, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="statement", case="mixed", noise="clean", batch="yg",
    pattern="female_gym_member_fixated_on_black_boxing_coach_racist_after_rejection", relationship="customer", occasions=8,
    text="""\
I run boxing fitness classes at Iron Works gym on Canal Street and at a community centre in Longsight. A woman who joined Iron Works in January, Rebecca STOTT, began bringing me gifts - protein bars, then a watch, and a card saying she had 'never met a man like me'. She started turning up at my other sessions across town, and once she was at my daughter's school gates at pick-up time, which is not on her way to anywhere. When I told her in April that I am married and she needed to leave me alone, she changed. She sent me messages saying 'you're just another black player' and 'your kind always use women', and she posted on Facebook that I 'prey on white women at the gym'. She has been outside my house in her car at least three times since. I have not been threatened and I'm not worried she'll hurt me, but I have given up my classes at Iron Works, which was most of my income, and I now only train people privately by referral. My wife does the school run now.""",
    spans=[
        ("STALK_GIFTS", "began bringing me gifts - protein bars, then a watch"),
        ("FIXATION", "'never met a man like me'"),
        ("STALK_TURN_UP", "turning up at my other sessions across town"),
        ("STALK_TURN_UP", "she was at my daughter's school gates at pick-up time"),
        ("UNWANTED", "When I told her in April that I am married and she needed to leave me alone"),
        ("STALK_CONTACT", "She sent me messages"),
        ("RACIAL_HOSTILITY", "'you're just another black player'"),
        ("RACIAL_HOSTILITY", "'your kind always use women'"),
        ("STALK_PUBLISH", "posted on Facebook that I 'prey on white women at the gym'"),
        ("STALK_LOITER", "outside my house in her car at least three times since"),
        ("SERIOUS_IMPACT", "I have given up my classes at Iron Works"),
        ("SERIOUS_IMPACT", "My wife does the school run now"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="notebook", case="upper", noise="heavy", batch="yg",
    pattern="group_of_children_antisemitic_abuse_stones_threats_on_way_to_synagogue", relationship="stranger", occasions=3,
    text="""\
PCSO 6618 NOTES 14/12 - SPOKE TO MR [NAME 8] (M 67) AT HOME ADDR, HAREWOOD AVE. WALKS TO SHUL SAT AM. 3 SATS RUNNING (23/11, 30/11, 07/12) GRP OF APPROX 6 KIDS, YR 7/8 AGE, ON CORNER BY THE PARADE HAVE SHOUTED 'DIRTY JEW' + 'HITLER WAS RIGHT' + THROWN STONES AT HIM, 1 HIT HIS LEG 30/11 (NO VISIBLE INJ). 30/11 ALSO 'WE'LL KICK YOUR HEAD IN OLD MAN'. 07/12 ONE BOY SHOUTED 'NEXT WEEK WE'RE GONNA STAB YOU'. MR X SAYS HE IS FRIGHTENED THEY WILL REALY HURT HIM, HE IS NOT YOUNG. NOW GOES LONG WAY ROUND VIA CHURCH LN WHICH ADDS 20 MINS, OR SON IN LAW DRIVES HIM. CST INFORMED. SLO TO VISIT HOLY FAMILY + GREENGATE SCHOOLS RE IDS.""",
    spans=[
        ("REPETITION", "3 SATS RUNNING (23/11, 30/11, 07/12)"),
        ("RELIGIOUS_HOSTILITY", "'DIRTY JEW'"),
        ("RELIGIOUS_HOSTILITY", "'HITLER WAS RIGHT'"),
        ("THREAT_VIOLENCE", "'WE'LL KICK YOUR HEAD IN OLD MAN'"),
        ("THREAT_VIOLENCE", "'NEXT WEEK WE'RE GONNA STAB YOU'"),
        ("FEAR_OF_VIOLENCE", "HE IS FRIGHTENED THEY WILL REALY HURT HIM"),
        ("SERIOUS_IMPACT", "NOW GOES LONG WAY ROUND VIA CHURCH LN"),
    ],
)

case(
    32, "stalking", "CS",
    voice="crime_summary", case="upper", noise="clean", batch="yg",
    pattern="female_ex_wife_breaches_restraining_order_by_turning_up", relationship="ex_partner", occasions=2,
    text="""\
BREACH OF RESTRAINING ORDER. SUSPECT (FEMALE, 40, JOANNE BRIERLEY) IS SUBJECT OF A RESTRAINING ORDER (LEEDS MC, 11/01/2024) PROHIBITING CONTACT WITH HER EX-HUSBAND, THE VICTIM, AND FROM ATTENDING HIS ADDRESS ON WESTBOURNE GROVE. ON 03/05 AT 2115 SHE ATTENDED THE ADDRESS AND POSTED A LETTER ASKING HIM TO 'GIVE US ANOTHER GO FOR THE KIDS' SAKE'. ON 10/05 AT 1940 SHE WAS AT THE ADDRESS AGAIN, KNOCKING AND CALLING HIS NAME THROUGH THE LETTERBOX, AND LEFT WHEN HE SAID HE WAS CALLING POLICE. WHILE THERE SHE SHOUTED THAT SHE WOULD 'BATTER THAT SLAG HE'S SEEING'. VICTIM SAYS HE IS NOT WORRIED FOR HIMSELF; HIS NEW PARTNER LIVES IN SHEFFIELD AND HAS NEVER MET THE SUSPECT. RING DOORBELL FOOTAGE SEIZED. CHILD ARRANGEMENTS ARE VIA SOLICITORS AND NOT IN DISPUTE.""",
    spans=[
        ("STALK_TURN_UP", "ON 03/05 AT 2115 SHE ATTENDED THE ADDRESS"),
        ("STALK_CONTACT", "POSTED A LETTER"),
        ("FIXATION", "'GIVE US ANOTHER GO FOR THE KIDS' SAKE'"),
        ("STALK_TURN_UP", "SHE WAS AT THE ADDRESS AGAIN"),
        ("UNWANTED", "KNOCKING AND CALLING HIS NAME THROUGH THE LETTERBOX"),
    ],
)

case(
    33, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="typos", batch="yg",
    pattern="failed_student_racist_emails_to_lecturer_one_slap_remark", relationship="acquaintance", occasions=14,
    text="""\
From: Dr Wei CHEN
To: campus police liaison
I'd like to report a student, [NAME 9], who failed my Statistics module resit in August. Since then he has sent me 14 emails to my university account. They started as complaints about the marking but since September they have become abusive about my ethnicity - 'go back to China and take your covid with you', 'chinky fraud', 'you people can't even speak English'. In one email on 2 October he wrote 'someone should give you a slap'. That was the only thing like that and he hasnt come near me. The university has a formal appeal process which he hasn't used. I'm not afraid but I find it degrading and I am tired of opening my inbox.""",
    spans=[
        ("STALK_CONTACT", "he has sent me 14 emails to my university account"),
        ("ESCALATION", "since September they have become abusive about my ethnicity"),
        ("RACIAL_HOSTILITY", "'go back to China and take your covid with you'"),
        ("RACIAL_HOSTILITY", "'chinky fraud'"),
        ("RACIAL_HOSTILITY", "'you people can't even speak English'"),
        ("THREAT_VIOLENCE", "'someone should give you a slap'"),
        ("DISTRESS", "I find it degrading"),
    ],
)

case(
    34, "no_offence", "",
    voice="call_log", case="lower", noise="clean", batch="yg",
    pattern="female_ex_partners_threat_in_february_then_reconciled_then_doorstep_row", relationship="ex_partner", occasions=2,
    text="""\
report from [NAME 10] (f) re ex partner sophie. says in february, when they first split up, sophie came to her flat and shouted at her in the stairwell and said she would 'kick her head in'. not reported at the time. they got back together in march and lived together until august, when they separated again by agreement. last night (12/10) sophie came round to collect a box of her things, they argued on the doorstep about who owns the tv and sophie called her a 'psycho'. no other contact since august. caller says she wanted to log it in case it happens again. not scared. advised.""",
    spans=[
        ("THREAT_VIOLENCE", "said she would 'kick her head in'"),
    ],
)

case(
    35, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="clean", batch="yg",
    pattern="female_landlord_and_son_threaten_tenant_after_mould_complaint", relationship="landlord", occasions=3,
    text="""\
I rent a one-bed flat above a shop on Dock Road from Mrs Carol Neary. After I reported the mould to the council in May she has wanted me out. She has not served any notice. On 19 May she came up the stairs and said if I wasn't out in a week her son would 'put me in a wheelchair'. On 26 May she rang me and said 'you're still here, I warned you, he's coming for you'. On 1 June her son, who is a big man, stood in the shop doorway when I came down and just stared at me and cracked his knuckles while she watched. I believe they will do it. I am scared to come home and I have been staying at my brother's most nights.""",
    spans=[
        ("THREAT_VIOLENCE", "her son would 'put me in a wheelchair'"),
        ("THREAT_VIOLENCE", "'you're still here, I warned you, he's coming for you'"),
        ("THREAT_VIOLENCE", "just stared at me and cracked his knuckles"),
        ("FEAR_OF_VIOLENCE", "I believe they will do it. I am scared to come home"),
        ("SERIOUS_IMPACT", "I have been staying at my brother's most nights"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="updates", case="lower", noise="abbrev", batch="yg",
    pattern="discharged_patient_fixated_on_muslim_physio_religious_abuse_after_rejection", relationship="customer", occasions=10,
    text="""\
oic update 17/06. vic is physio at st luke's outpatients. susp (f, 54) was his pt jan-mar for knee rehab. after discharge she rang the dept approx 30 times asking for him, sent 2 letters + a valentine's card to the hospital, and has been seen sat in the main entrance cafe watching the outpatients corridor on 5 separate days (cctv confirms 3). when hospital security told her vic did not want contact, letters changed tone: 'i hope your mosque is proud of you, your prophet was a paedo', 'you muslims treat women like dirt'. vic not frightened, continues to work normally, but wants action. hospital has issued trespass letter. susp interviewed, admits letters, says 'we had something special'.""",
    spans=[
        ("STALK_CONTACT", "rang the dept approx 30 times asking for him"),
        ("STALK_CONTACT", "sent 2 letters"),
        ("STALK_GIFTS", "a valentine's card to the hospital"),
        ("STALK_WATCH", "sat in the main entrance cafe watching the outpatients corridor"),
        ("REPETITION", "on 5 separate days"),
        ("UNWANTED", "security told her vic did not want contact"),
        ("RELIGIOUS_HOSTILITY", "'i hope your mosque is proud of you, your prophet was a paedo'"),
        ("RELIGIOUS_HOSTILITY", "'you muslims treat women like dirt'"),
        ("FIXATION", "'we had something special'"),
    ],
)

case(
    37, "harassment", "C",
    voice="crime_summary", case="mixed", noise="typos", batch="yg",
    pattern="resident_landlord_photographs_gay_tenants_visitors_over_subletting_belief", relationship="landlord", occasions=6,
    text="""\
VIC and his partner (both male) rent the top floor flat at 9 Granby Road from SUSP, who lives on the ground floor. SUSP believes the flat is being sublet on Airbnb (VIC denies this; the agent has inspected and found no evidence). Over the past month SUSP has photographed visitors arriving at the flat and their car number plates, and put notes under the door demanding their names. On 4 occasions he has confronted VIC on the shared stairs calling him a 'f****t' and saying 'I dont want your sort in my house, your running a knocking shop'. All his comments are about who is coming and going. No threats made. VIC annoyed and embarassed. Homophobic hate incident flagged. Agent to serve notice on SUSP's conduct under the lease.""",
    spans=[
        ("STALK_WATCH", "photographed visitors arriving at the flat and their car number plates"),
        ("STALK_CONTACT", "put notes under the door demanding their names"),
        ("REPETITION", "On 4 occasions"),
        ("STALK_CONTACT", "confronted VIC on the shared stairs"),
        ("DISTRESS", "VIC annoyed and embarassed"),
    ],
)

case(
    38, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="third_party", case="mixed", noise="abbrev", batch="yg",
    pattern="two_parent_brothers_racist_threats_to_black_youth_football_coach", relationship="acquaintance", occasions=3,
    text="""\
From: Club Welfare Officer, Hollins Park JFC
Reporting on behalf of our U14 coach, Mr Tunde ADEYEMI. Two parents, Craig LUMB and Paul LUMB (brothers, both have sons in the squad), have targeted him since the team was reorganised in Sept. At the match v Shaw Lane on 22/09 Craig said to him in the car park 'you black b*****d, you'll get a kicking'. On 06/10 at training Paul walked onto the pitch and said 'we'll be waiting for you after, monkey'. On 13/10 both stood by Tunde's car and Craig said 'last chance, quit or we'll f*** you up'. Tunde has told me he is genuinely frightened of being attacked and his wife now collects him from training. We have banned both from the ground.""",
    spans=[
        ("RACIAL_HOSTILITY", "'you black b*****d"),
        ("THREAT_VIOLENCE", "you'll get a kicking'"),
        ("THREAT_VIOLENCE", "'we'll be waiting for you after"),
        ("RACIAL_HOSTILITY", "monkey'"),
        ("STALK_LOITER", "both stood by Tunde's car"),
        ("THREAT_VIOLENCE", "'last chance, quit or we'll f*** you up'"),
        ("FEAR_OF_VIOLENCE", "he is genuinely frightened of being attacked"),
        ("SERIOUS_IMPACT", "his wife now collects him from training"),
    ],
)

case(
    39, "stalking_fear_alarm_distress", "CSF",
    voice="statement", case="mixed", noise="typos", batch="yg",
    pattern="female_patient_fixated_on_male_psychiatric_nurse_threats_after_reassignment", relationship="customer", occasions=5,
    text="""\
I am a community psychiatric nurse. I was [NAME 11]'s care coordinator from last spring until January, when I asked to be reassigned because she had become very attached to me. My manager told her this. Since then she has phoned the team base most days asking for me, and she has turned up at my other patients' addresses when I've been on visits, I dont know how she knows my diary. On 14 Feb she left a card on my car windscreen at the base saying 'you'll always be mine'. On 3 March she rang and said 'if you won't see me I'll cut you like I cut myself'. On 10 March she was waiting by my car and said 'I meant it, I'll get you'. I have delt with a lot in this job but I'm frightened of her, she has a history of carrying blades.""",
    spans=[
        ("FIXATION", "she had become very attached to me"),
        ("STALK_CONTACT", "phoned the team base most days asking for me"),
        ("STALK_TURN_UP", "turned up at my other patients' addresses when I've been on visits"),
        ("STALK_GIFTS", "left a card on my car windscreen"),
        ("FIXATION", "'you'll always be mine'"),
        ("THREAT_VIOLENCE", "'if you won't see me I'll cut you like I cut myself'"),
        ("STALK_LOITER", "she was waiting by my car"),
        ("THREAT_VIOLENCE", "'I meant it, I'll get you'"),
        ("FEAR_OF_VIOLENCE", "I'm frightened of her"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="crime_summary", case="upper", noise="abbrev", batch="yg",
    pattern="former_student_fixated_on_jewish_lecturer_antisemitic_threats_at_home", relationship="acquaintance", occasions=8,
    text="""\
IP: FEMALE, 45, SENIOR LECTURER IN HISTORY, PRACTISING JEW. SUSP: MALE, 22, FORMER STUDENT. SUSP ATTENDED IP'S LECTURES 2022-23 AND BECAME INFATUATED, EMAILING HER DAILY. AFTER BEING TOLD TO STOP BY HEAD OF DEPT (MAY 23) SUSP'S EMAILS TURNED HOSTILE: 'YOUR PEOPLE CONTROL EVERYTHING', 'ZIONIST WITCH'. SUSP HAS SINCE FOUND IP'S HOME ADDRESS AND HAS BEEN SEEN OUTSIDE ON 4 OCCASIONS (NEIGHBOUR W2, DOORBELL FOOTAGE). 11/09 EMAIL: 'I KNOW WHERE YOU SLEEP, JEWESS'. 20/09 LEFT NOTE IN LETTERBOX 'ONE DAY SOON IM COMING IN'. IP IN FEAR OF SERIOUS VIOLENCE. HAS HAD ALARM FITTED, HUSBAND HAS TAKEN TIME OFF TO BE HOME, IP NOW WORKS FROM HOME AND HAS STOPPED LECTURING IN PERSON. CONDUCT ESCALATING.""",
    spans=[
        ("FIXATION", "BECAME INFATUATED"),
        ("STALK_CONTACT", "EMAILING HER DAILY"),
        ("ESCALATION", "SUSP'S EMAILS TURNED HOSTILE"),
        ("RELIGIOUS_HOSTILITY", "'YOUR PEOPLE CONTROL EVERYTHING'"),
        ("RELIGIOUS_HOSTILITY", "'ZIONIST WITCH'"),
        ("STALK_MONITOR", "FOUND IP'S HOME ADDRESS"),
        ("STALK_LOITER", "SEEN OUTSIDE ON 4 OCCASIONS"),
        ("THREAT_VIOLENCE", "'I KNOW WHERE YOU SLEEP, JEWESS'"),
        ("THREAT_VIOLENCE", "'ONE DAY SOON IM COMING IN'"),
        ("FEAR_OF_VIOLENCE", "IP IN FEAR OF SERIOUS VIOLENCE"),
        ("SERIOUS_IMPACT", "HAS HAD ALARM FITTED"),
        ("SERIOUS_IMPACT", "HAS STOPPED LECTURING IN PERSON"),
        ("ESCALATION", "CONDUCT ESCALATING"),
    ],
)

case(
    41, "aggravated_stalking", "CSR",
    voice="victim_diary", case="lower", noise="heavy", batch="yg",
    pattern="resident_landlady_fixated_on_african_lodger_enters_room_follows_racist_notes", relationship="landlord", occasions=8,
    text="""\
i rent a room in a house on elm grove from the owner, a woman called marion who lives there to. at first she was nice but since about feb she has been going into my room when im out, i know bc things are moved and once my laptop was left open on my emails. she waits up for me + asks where ive been and who with. twice she followed me to the bus stop in the morning. she leaves presents outside my door, aftershave, a shirt. when my gf came round in march marion said 'your lot should stick to your own kind' and 'i dont want africans breeding under my roof', and later she put a note under my door saying 'you people are animals'. im not scared of her shes old. im still living there bc i cant aford to move til summer, nothing else has changed.""",
    spans=[
        ("STALK_PROPERTY", "going into my room when im out"),
        ("STALK_MONITOR", "my laptop was left open on my emails"),
        ("STALK_MONITOR", "asks where ive been and who with"),
        ("STALK_FOLLOW", "twice she followed me to the bus stop"),
        ("STALK_GIFTS", "leaves presents outside my door, aftershave, a shirt"),
        ("RACIAL_HOSTILITY", "'your lot should stick to your own kind'"),
        ("RACIAL_HOSTILITY", "'i dont want africans breeding under my roof'"),
        ("STALK_CONTACT", "put a note under my door"),
        ("RACIAL_HOSTILITY", "'you people are animals'"),
    ],
)

case(
    42, "harassment_fear_of_violence", "CF",
    voice="call_log", case="inconsistent", noise="abbrev", batch="yg",
    pattern="evicted_tenants_brothers_threaten_landlord_at_home", relationship="landlord", occasions=2,
    text="""\
Caller Mr Stephen OGDEN, private landlord. Evicted tenant Jason PILLING via county court bailiffs 3/3 (possession order, all lawful). Since then Pilling's 2 brothers have come to caller's home address twice. 8/3 approx 2200 they banged on door and the older one said 'you've made our kid homeless, we're gonna smash your skull in'. 15/3 they came back, one holding a bat, said 'you're a dead man, we know your car'. CALLER IS TERRIFIED THEY WILL COME BACK AND HURT HIM. CALLER STATES BAILIFF ATTENDANCE WAS WITH HIS SOLICITOR, NO ISSUE RAISED. Pilling himself not seen. CAD 1147 linked.""",
    spans=[
        ("STALK_TURN_UP", "have come to caller's home address twice"),
        ("THREAT_VIOLENCE", "'you've made our kid homeless, we're gonna smash your skull in'"),
        ("THREAT_VIOLENCE", "'you're a dead man, we know your car'"),
        ("FEAR_OF_VIOLENCE", "CALLER IS TERRIFIED THEY WILL COME BACK AND HURT HIM"),
    ],
)

case(
    43, "aggravated_harassment", "CR",
    voice="mo_field", case="mixed", noise="typos", batch="yg",
    pattern="patients_daughter_three_anti_muslim_calls_to_gp_in_quarter_hour", relationship="customer", occasions=3,
    text="""\
Incident form - Riverside Medical Centre
Date: 21/08   Staff member affected: Dr Imran RAHMAN (GP)
Details: Following a discussion about her fathers DNACPR form, the daughter of a patient ([NAME 12]) rang the surgery three times between 1405 and 1419 and asked to be put through to Dr Rahman. Each time she shouted at him and then hung up. Call 1: 'you people want us all dead, go back to your mosque'. Call 2: 'I'm not letting a f***ing Muslim decide if my dad lives'. Call 3: called him a 'bearded terrorist' and said she would be complaining to the CQC. Dr Rahman was visibly shaken and needed a few minutes before his next patient. She has not been in contact since. Calls recorded on practice system.""",
    spans=[
        ("STALK_CONTACT", "rang the surgery three times between 1405 and 1419"),
        ("REPETITION", "Each time she shouted at him"),
        ("RELIGIOUS_HOSTILITY", "'you people want us all dead, go back to your mosque'"),
        ("RELIGIOUS_HOSTILITY", "'I'm not letting a f***ing Muslim decide if my dad lives'"),
        ("RELIGIOUS_HOSTILITY", "'bearded terrorist'"),
        ("DISTRESS", "Dr Rahman was visibly shaken"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="yg",
    pattern="clients_son_fixated_on_filipina_live_in_carer_follows_racist_msgs_she_resigns", relationship="acquaintance", occasions=8,
    text="""\
VIC (f, 34, Filipino national) was live-in carer to Mr [NAME 13] (88) from Jun. Mr X's son SUSP (m, 58) visited weekly and made advances which VIC rejected (Aug). Since then SUSP has: messaged her 'every hour some days' incl 'you filipinas are all for sale, name your price' and 'you should be grateful, you'd be cleaning toilets in Manila'; followed her on her Sunday off to church and to the Filipino shop on 3 consecutive weeks; sat in his car outside the house on her evenings off. VIC has no family in UK. She resigned on 30/09, lost her accommodation with the job and is now at a friend's in Croydon; has changed her phone no. Says she did not feel physically threatened, just 'watched all the time'. SUSP interviewed, no comment.""",
    spans=[
        ("UNWANTED", "made advances which VIC rejected"),
        ("STALK_CONTACT", "messaged her 'every hour some days'"),
        ("RACIAL_HOSTILITY", "'you filipinas are all for sale, name your price'"),
        ("RACIAL_HOSTILITY", "'you should be grateful, you'd be cleaning toilets in Manila'"),
        ("STALK_FOLLOW", "followed her on her Sunday off to church and to the Filipino shop"),
        ("REPETITION", "on 3 consecutive weeks"),
        ("STALK_LOITER", "sat in his car outside the house on her evenings off"),
        ("SERIOUS_IMPACT", "She resigned on 30/09"),
        ("SERIOUS_IMPACT", "has changed her phone no."),
        ("DISTRESS", "'watched all the time'"),
    ],
)
