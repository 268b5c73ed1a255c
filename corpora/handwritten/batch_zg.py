# ruff: noqa: E501
"""Hand-written narratives, writer zg: young people - school, college, gaming, apprentices, halls."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="zg",
    pattern="teen_ex_boyfriend_pleading_snaps_and_waits_at_sixth_form_gates", relationship="ex_partner", occasions=5,
    text="""\
CALLER IS MOTHER OF VIC (16YRS) [NAME 1]. VIC SPLIT FROM SUSP KIERAN DOWD (17) APPROX 3 WKS AGO AFTER 8 MONTH REL. SINCE THEN SUSP HAS SENT MULTIPLE SNAPCHATS + INSTA DMS BEGGING HER TO GET BACK WITH HIM, SAYS HE CANT SLEEP, CANT EAT, "JUST TALK TO ME ONCE PLS". VIC HAS BLOCKED HIM ON BOTH, HE MADE NEW ACCOUNT AND CARRIED ON. SUSP HAS ALSO BEEN WAITING AT SIXTH FORM GATES AT 1530 ON MON AND THURS THIS WEEK - NOT HIS COLLEGE, HE GOES TO ST BEDES. NO THREATS MADE, VIC SAYS HE IS "JUST SAD" BUT SHE DOESNT WANT IT. MUM WANTS HIM SPOKEN TO BEFORE IT GETS WORSE. ADV RE SCREENSHOTS + NOT TO REPLY. SUSP ADDR KNOWN TO VIC - HILLVIEW CRES. LOG TO NHT FOR CALLBACK, NOT URGENT PER CALLER.""",
    spans=[
        ("REPETITION", "SINCE THEN"),
        ("STALK_CONTACT", "SENT MULTIPLE SNAPCHATS + INSTA DMS BEGGING HER TO GET BACK WITH HIM"),
        ("FIXATION", "HE MADE NEW ACCOUNT AND CARRIED ON"),
        ("STALK_LOITER", "WAITING AT SIXTH FORM GATES AT 1530"),
        ("REPETITION", "ON MON AND THURS THIS WEEK"),
        ("UNWANTED", "SHE DOESNT WANT IT"),
    ],
)

case(
    2, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="zg",
    pattern="gaming_squad_member_sends_daily_abusive_discord_messages_after_falling_out", relationship="online", occasions=10,
    text="""\
Crime summary: IP is a 15 year old boy, Oliver Brandreth, who plays Fortnite and Rocket League online. The suspect is known to him only by the gamertag 'xXGhostReaperXx'; they played in the same squad a few times over the summer holidays until Oliver left the squad after an argument about a lost tournament match. From 2 October the suspect has sent Oliver abusive messages through Discord almost daily, calling him 'trash', 'a waste of oxygen' and telling him to 'uninstall your life'. The messages are all about his gaming and the lost match. There is nothing to suggest the suspect knows Oliver's real name, school or address, and no threats have been made. Oliver's father reports he is upset by it. Screenshots (14) supplied and exhibited as PB/1. Enquiries with Discord ongoing re subscriber details.""",
    spans=[
        ("REPETITION", "From 2 October"),
        ("STALK_CONTACT", "sent Oliver abusive messages through Discord"),
        ("REPETITION", "almost daily"),
        ("DISTRESS", "he is upset by it"),
    ],
)

case(
    3, "no_offence", "",
    voice="notebook", case="mixed", noise="typos", batch="zg",
    pattern="older_teen_pushes_and_threatens_pupil_once_at_bus_stop", relationship="acquaintance", occasions=1,
    text="""\
14/03 1540hrs. Attended Greenbank Academy at request of Head of Yr 10 re incident at the bus stop on Marsh Lane yday after school. IP Josh TAYLER (Yr10) states an older lad he knows by sight from the estate, poss Yr 12 at the other school, came up to him while he was waiting for the 47, pushed him in the chest and said 'you looked at my girl, ill stab you if you do it again'. Then walked off towards the shops. IP says he was scared and didnt get the bus home, his dad picked him up. IP says he has never had any bother with this lad before and no contact since, no messages, nothing online. Bus shelter CCTV requested from council. Advised IP + dad. Single incident. To pass to SNT for ID of suspect.""",
    spans=[
        ("THREAT_VIOLENCE", "ill stab you if you do it again"),
        ("FEAR_OF_VIOLENCE", "IP says he was scared"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="zg",
    pattern="second_year_apprentice_threatens_first_year_apprentice_repeatedly_at_work", relationship="colleague", occasions=3,
    text="""\
I am an apprentice electrician with Harwood & Sons and I have been there since September. Another apprentice, Callum Reeve, who is in his second year, has had a problem with me since I got put on the Lymington job instead of him. On Tuesday 4th Feb in the stores he pushed me against the racking and said if I grassed him up for being late again he would 'put me through the windscreen'. I didnt tell anyone. Then on Friday 7th Feb at the site on Cole Street he came up behind me while I was on the ladder and said 'remember what I said, your getting it after work'. I waited in the portacabin until my dad came to get me because I was scared he was going to wait for me and batter me. On the Saturday he sent me a message on whatsapp just saying 'watch ur back'. I am frightened of going to work if he is there and I keep thinking about it.""",
    spans=[
        ("THREAT_VIOLENCE", "he would 'put me through the windscreen'"),
        ("REPETITION", "On Tuesday 4th Feb"),
        ("REPETITION", "on Friday 7th Feb"),
        ("THREAT_VIOLENCE", "remember what I said, your getting it after work"),
        ("FEAR_OF_VIOLENCE", "I was scared he was going to wait for me and batter me"),
        ("THREAT_VIOLENCE", "watch ur back"),
        ("FEAR_OF_VIOLENCE", "I am frightened of going to work if he is there"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="zg",
    pattern="student_in_halls_fixated_on_fresher_notes_rose_watching_window_she_moves_halls", relationship="acquaintance", occasions=8,
    text="""\
UPDATE 1 - 02/11 - OIC spoke to IP (Freya, 19, 1st yr, Cartwright Halls block C). SUSP is Tom ASHWORTH, 2nd yr, block A. They met once at a freshers event and swapped numbers; she told him the week after she wasn't interested.
UPDATE 2 - 02/11 - IP describes since mid Oct: handwritten notes pushed under her door (at least 6), a single rose left on her door handle, SUSP sitting on the bench in the courtyard facing her window most evenings, often over an hour. Flatmates confirm seeing him there. He has messaged 'I know you feel it too, stop pretending'.
UPDATE 3 - 05/11 - Uni accommodation confirm IP has been moved at her request to Ellison Court on the other side of campus. IP has also stopped going to the Tues evening climbing society she shared with SUSP. No threats reported.
UPDATE 4 - 06/11 - SUSP booked in for VA interview 12/11. Notes seized, 6 x exhibits FR/1-6.""",
    spans=[
        ("UNWANTED", "she told him the week after she wasn't interested"),
        ("STALK_CONTACT", "handwritten notes pushed under her door"),
        ("REPETITION", "at least 6"),
        ("STALK_GIFTS", "a single rose left on her door handle"),
        ("STALK_WATCH", "sitting on the bench in the courtyard facing her window"),
        ("REPETITION", "most evenings"),
        ("FIXATION", "I know you feel it too, stop pretending"),
        ("SERIOUS_IMPACT", "IP has been moved at her request to Ellison Court"),
        ("SERIOUS_IMPACT", "stopped going to the Tues evening climbing society"),
    ],
)

case(
    6, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="clean", batch="zg",
    pattern="college_classmates_send_anti_polish_messages_in_group_chat_and_dms", relationship="acquaintance", occasions=6,
    text="""\
Referral from the Designated Safeguarding Lead, Ashcombe Sixth Form College, to the Schools Liaison Officer.

Student A (17, Polish national, moved to the UK aged 11) has disclosed that a group of three male students in her Business Studies class have, since the start of the spring term, been sending messages to her on the class WhatsApp group and by direct message. Examples she showed me: 'go back to poland and clean toilets', 'dirty polak', and a picture of a toilet brush with her name written on it. This happened on at least five separate days, the latest on 21 February. Two of the messages were sent to her directly after she left the group. In lessons the same boys make 'cleaning' gestures when she answers a question. Student A is tearful and says she feels nobody in the class likes her, but she continues to attend and wants to finish the course. No threats have been made. I have spoken to the parents of all involved and the college has started its own behaviour process; Student A's mother would like police to record it.""",
    spans=[
        ("STALK_CONTACT", "been sending messages to her on the class WhatsApp group and by direct message"),
        ("RACIAL_HOSTILITY", "go back to poland and clean toilets"),
        ("RACIAL_HOSTILITY", "dirty polak"),
        ("REPETITION", "on at least five separate days"),
        ("STALK_CONTACT", "Two of the messages were sent to her directly after she left the group"),
        ("RACIAL_HOSTILITY", "make 'cleaning' gestures when she answers a question"),
        ("DISTRESS", "Student A is tearful"),
    ],
)

case(
    7, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="statement", case="mixed", noise="typos", batch="zg",
    pattern="boy_on_school_bus_religious_abuse_and_threats_to_hijab_wearing_girl", relationship="acquaintance", occasions=3,
    text="""\
Im Aaliyah, Year 10, 15. Theres some boys from St Marks that get the 22 with me and one of them, Reece Doyle, went to Holmfield primary with me so I know who he is. Monday 12 May he yanked the back of my scarf from behind and went 'get that rag off you terrorist or ill rip it off and smash your head in'. His mates thought it was hilarious. I went and sat right at the front near the driver. Wednesday he was stood at the back doors and as I got off he goes 'muslims like you get bombed' then 'your next, watch'. Later on he added me on TikTok and messaged calling me a towel head. Thursday and Friday Mum took me in the car cos I was too scared to get the bus. I honestly think hes going to hurt me. Ive not been on the 22 since that Wednesday, mum is swapping her shifts round to drive me.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "get that rag off you terrorist"),
        ("THREAT_VIOLENCE", "ill rip it off and smash your head in"),
        ("REPETITION", "Monday 12 May"),
        ("RELIGIOUS_HOSTILITY", "muslims like you get bombed"),
        ("THREAT_VIOLENCE", "your next, watch"),
        ("STALK_CONTACT", "added me on TikTok and messaged"),
        ("RELIGIOUS_HOSTILITY", "calling me a towel head"),
        ("FEAR_OF_VIOLENCE", "I was too scared to get the bus"),
        ("FEAR_OF_VIOLENCE", "I honestly think hes going to hurt me"),
        ("SERIOUS_IMPACT", "Ive not been on the 22 since that Wednesday"),
    ],
)

case(
    8, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="abbrev", batch="zg",
    pattern="teen_ex_boyfriend_mixes_pleading_and_racist_messages_stands_outside_house", relationship="ex_partner", occasions=10,
    text="""\
DASH completed w/ IP (17) at home addr, mum present. Risk: STANDARD. Rel: ex bf/gf, together approx 1yr, ended by IP 3-4 wks ago as he was controlling re her phone. IP is dual heritage (dad Jamaican). Since split SUSP (18) has sent dozens of msgs on Snap + text, mix of 'I love u pls just answer' and abuse - 'ur dads a monkey anyway', 'go back to ur own kind n-----' (IP showed screenshots, 30+). Last night 2215 he was stood across the road from her house on his phone for 20 mins, left when mum opened the door. IP not scared of him, says 'he's all mouth', no threats, no violence in rel. Upset by the racist stuff about her dad. Still going to college + work as normal. Q jealousy - Y. Q constant texting - Y. Safeguarding: CSC notified (IP 17). Crime rec'd, R/A S2A. OIC to arrange VA.""",
    spans=[
        ("REPETITION", "Since split"),
        ("STALK_CONTACT", "sent dozens of msgs on Snap + text"),
        ("FIXATION", "I love u pls just answer"),
        ("RACIAL_HOSTILITY", "ur dads a monkey anyway"),
        ("RACIAL_HOSTILITY", "go back to ur own kind n-----"),
        ("STALK_LOITER", "stood across the road from her house on his phone for 20 mins"),
        ("DISTRESS", "Upset by the racist stuff about her dad"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSFRD",
    voice="call_log", case="inconsistent", noise="abbrev", batch="zg",
    pattern="online_gamer_racially_abuses_13yo_finds_his_school_and_threatens_him", relationship="online", occasions=6,
    text="""\
Caller Mrs OKAFOR re son Daniel 13yrs. Son plays Roblox + COD, has been chatting w/ a user 'Sn1perKing' for couple of months. 2 WKS AGO SON REFUSED TO SEND HIM PICS OF HIS HOUSE, since then user has sent msgs calling him 'monkey', 'go back to the jungle', n-word etc. User has found out what school he goes to (son wore uniform on a video call) and sent him a photo of the school gates saying 'saw u today'. SAT NIGHT MSG 'i know where u live, coming to cut u'. Mon another msg 'ur dead when i see u'. SON V FRIGHTENED, sleeping in parents room and wont walk to school, mum driving him. Caller v concerned, son only 13. Advised not to delete anything. Screenshots to be provided. GRADE 2 - ATTEND TODAY. Safeguarding referral submitted.""",
    spans=[
        ("STALK_CONTACT", "since then user has sent msgs"),
        ("RACIAL_HOSTILITY", "calling him 'monkey'"),
        ("RACIAL_HOSTILITY", "go back to the jungle"),
        ("STALK_MONITOR", "User has found out what school he goes to"),
        ("STALK_WATCH", "sent him a photo of the school gates saying 'saw u today'"),
        ("THREAT_VIOLENCE", "i know where u live, coming to cut u"),
        ("THREAT_VIOLENCE", "ur dead when i see u"),
        ("FEAR_OF_VIOLENCE", "SON V FRIGHTENED"),
        ("SERIOUS_IMPACT", "sleeping in parents room"),
        ("SERIOUS_IMPACT", "wont walk to school, mum driving him"),
    ],
)

case(
    10, "no_offence", "R",
    voice="call_log", case="lower", noise="clean", batch="zg",
    pattern="cyclist_shouts_racist_slur_once_at_student_walking_home", relationship="stranger", occasions=1,
    text="""\
caller is a 19 yr old student walking back from the library on albion rd approx 2250 when a man on a bike rode past and shouted 'p*ki b*****d' at him, then carried on towards the retail park. caller did not know him, not followed, no other contact. caller shaken but ok. descr wm 30s dark hoodie black mountain bike. wants it recorded. crime ref to follow.""",
    spans=[
        ("RACIAL_HOSTILITY", "shouted 'p*ki b*****d' at him"),
        ("DISTRESS", "caller shaken"),
    ],
)

case(
    11, "harassment", "C",
    voice="victim_diary", case="mixed", noise="clean", batch="zg",
    pattern="neighbour_films_and_photographs_student_house_over_noise_and_bins", relationship="neighbour", occasions=5,
    text="""\
Sat 14th - Jess's 21st, music off by 12.30 like we agreed with everyone. Mr Pryce from no. 40 stood in his front garden filming the house on his phone the whole time people were leaving.
Sun 15th - note through the door saying he is 'documenting the student nuisance' for the council.
Tue 17th - bin day. He photographed our bins on the pavement again and me putting them out. Said 'that's going in the file'.
Thu 19th - got back from lectures about 4, he was sat in his car opposite with a camera pointed at our door.
Fri 20th - another note. Council officer rang, says they've had 9 complaints from him since September, mostly bins and noise, and they'll be writing to us.
Honestly it's getting me down. I feel like I can't go in or out without being filmed. Amira says we should tell the police so I rang 101 today, ref 0411 of 20th.""",
    spans=[
        ("STALK_WATCH", "stood in his front garden filming the house on his phone"),
        ("STALK_CONTACT", "note through the door"),
        ("STALK_WATCH", "He photographed our bins on the pavement again and me putting them out"),
        ("STALK_WATCH", "sat in his car opposite with a camera pointed at our door"),
        ("STALK_CONTACT", "another note"),
        ("DISTRESS", "it's getting me down"),
    ],
)

case(
    12, "harassment", "CD",
    voice="mo_field", case="mixed", noise="abbrev", batch="zg",
    pattern="site_supervisor_leaves_three_abusive_voicemails_after_apprentice_quits", relationship="colleague", occasions=3,
    text="""\
MO: SUSP (site supervisor, 41) left three abusive voicemails on IP's mobile between 1902 and 1911 on 30/06 after IP (apprentice joiner, 18) handed in his notice that afternoon. Calls IP a 'useless little s***' and 'a waste of my time', says he'll make sure 'no firm round here touches you'. No threats of violence. IP distressed, GP has signed him off for 2 wks with anxiety and he has withdrawn from his college course.""",
    spans=[
        ("STALK_CONTACT", "left three abusive voicemails on IP's mobile"),
        ("REPETITION", "between 1902 and 1911 on 30/06"),
        ("DISTRESS", "IP distressed"),
        ("SERIOUS_IMPACT", "GP has signed him off for 2 wks with anxiety"),
        ("SERIOUS_IMPACT", "he has withdrawn from his college course"),
    ],
)

case(
    13, "harassment", "C",
    voice="third_party", case="mixed", noise="typos", batch="zg",
    pattern="college_coursemates_send_disability_abuse_to_student_with_cerebral_palsy", relationship="acquaintance", occasions=12,
    text="""\
Email from parent, forwarded by front counter:

'Hello, I am writing about my son Ethan who is 16 and at Brookfield College doing Level 2 Sport. Ethan has cerebral palsy and walks with a crutch. Since about the second week of term two lads on his course, who I will name as Kyle and Mason, have been messaging him on Instagram and Snapchat calling him a 'cripple' and 'spaz' and sending him videos of people falling over with laughing faces. Its happened maybe 10 or 12 times, the most recent was last Sunday night. On Thursday they did an impression of his walk in the canteen and someone filmed it and sent it to him. Ethan is really upset and has been very quiet at home but he is still going in every day and says he doesnt want to leave the course, he loves it. The college say they are dealing with it but it hasnt stopped. I would like it on record please. Thanks, Donna'""",
    spans=[
        ("REPETITION", "Since about the second week of term"),
        ("STALK_CONTACT", "have been messaging him on Instagram and Snapchat calling him a 'cripple' and 'spaz'"),
        ("STALK_CONTACT", "sending him videos of people falling over with laughing faces"),
        ("REPETITION", "maybe 10 or 12 times"),
        ("DISTRESS", "Ethan is really upset and has been very quiet at home"),
    ],
)

case(
    14, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="clean", batch="zg",
    pattern="year_11_girl_gets_friends_to_send_abusive_snaps_after_falling_out_over_boy", relationship="acquaintance", occasions=4,
    text="""\
Supervisor review - PS 2281 Hollis. Read the log and IP's account. IP (15) and SUSP (15), both Year 11 at Carrbrook School, fell out over a boy in March. SUSP has not messaged IP herself since then, but at least four other girls have sent IP messages on Snapchat over the last fortnight calling her a 'snake' and a 'sl*g' and telling her nobody wants her at prom. Two of those girls have told the head of year SUSP asked them to, and one has shown staff a screenshot of SUSP's message to their group: 'everyone message her tonight x'. So SUSP is behind the messages even though she did not send them. Nothing about following or watching, no threats; it reads as a nasty falling-out between two girls. IP upset but attending school. Crime stands as S2 harassment. Actions: PCSO to liaise with school, words of advice to SUSP with parents, consider community resolution. IP's mum content with that.""",
    spans=[
        ("STALK_CONTACT", "at least four other girls have sent IP messages on Snapchat"),
        ("REPETITION", "over the last fortnight"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    15, "harassment_fear_of_violence", "CFD",
    voice="vps", case="mixed", noise="clean", batch="zg",
    pattern="year_11_boys_threaten_to_jump_year_9_pupil_over_reporting_vapes", relationship="acquaintance", occasions=3,
    text="""\
Victim Personal Statement. I am 14. Since the start of June some boys from Year 11 have been sending me messages on Instagram because they think I told a teacher about the vape thing. The first one was on 3rd June from Tyler's account saying 'ur getting jumped friday snitch'. On the 10th someone sent me a video of a knife with 'this is for u' written on it, and on the 13th Tyler said it again to my face in the corridor, 'friday, you're done'. I am scared that they will actually beat me up or stab me. I haven't been to school since the 13th and I am doing work at home that the school emails. My mum had to take time off work. I don't go to the park or to my football training anymore because some of them go past there. I just want them to stop so I can go back.""",
    spans=[
        ("STALK_CONTACT", "some boys from Year 11 have been sending me messages on Instagram"),
        ("THREAT_VIOLENCE", "ur getting jumped friday snitch"),
        ("THREAT_VIOLENCE", "sent me a video of a knife with 'this is for u' written on it"),
        ("REPETITION", "said it again"),
        ("THREAT_VIOLENCE", "friday, you're done"),
        ("FEAR_OF_VIOLENCE", "I am scared that they will actually beat me up or stab me"),
        ("SERIOUS_IMPACT", "I haven't been to school since the 13th"),
        ("SERIOUS_IMPACT", "I don't go to the park or to my football training anymore"),
    ],
)

case(
    16, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="heavy", batch="zg",
    pattern="teen_chases_vape_debt_with_repeated_threats_to_break_legs", relationship="acquaintance", occasions=4,
    text="""\
RP STATES HER SON (17) OWES A LAD CALLED DEX £60 FOR A VAPE ORDR THAT NEVR ARRIVED SO SON WONT PAY. DEX HAS BEEN RINGING + MSGING SON ALL WK DEMANDNG THE MONEY, TUES NIGHT SAID 'PAY UP OR ILL BREAK UR LEGS' + HAS SAID IT AGAIN TWICE SINCE ON VOICE NOTES. SON IS SCARED TO LEAVE HSE ON HIS OWN, THINKS DEX WILL FIND HIM AT COLLEGE. RP WANTS ADVICE, DOESNT WANT SON IN TRUBLE OVR VAPES. DEX APPROX 18/19 DRIVES BLK CORSA. NO VIOLENCE YET. ADV 999 IF ATTNDS. CRIME RAISED.""",
    spans=[
        ("STALK_CONTACT", "RINGING + MSGING SON ALL WK DEMANDNG THE MONEY"),
        ("THREAT_VIOLENCE", "PAY UP OR ILL BREAK UR LEGS"),
        ("REPETITION", "HAS SAID IT AGAIN TWICE SINCE ON VOICE NOTES"),
        ("FEAR_OF_VIOLENCE", "SON IS SCARED TO LEAVE HSE ON HIS OWN"),
    ],
)

case(
    17, "harassment_fear_of_violence", "CF",
    voice="result_note", case="mixed", noise="clean", batch="zg",
    pattern="former_clan_member_threatens_teen_over_xbox_party_chat_charged_s4", relationship="online", occasions=5,
    text="""\
RESULT: Suspect Liam CROWE (19) interviewed under caution 11/09. He admits that between 20/08 and 02/09 he sent IP (16) abusive messages over Xbox Live, in party chat and by message, after IP removed him from their clan. He accepts saying 'I'll find where you live and smash your face in' on 24/08 and 'going to come round and stab you up' on 31/08, but says it was 'just gaming talk'. IP's account is that he was genuinely frightened each time and told his mum. No evidence the suspect knew IP's address or tried to find it. CPS authorised charge s.4 PHA. Bailed to Youth Court 02/10 with condition not to contact IP directly or indirectly, including through any gaming platform.""",
    spans=[
        ("REPETITION", "between 20/08 and 02/09"),
        ("STALK_CONTACT", "sent IP (16) abusive messages over Xbox Live"),
        ("THREAT_VIOLENCE", "I'll find where you live and smash your face in"),
        ("THREAT_VIOLENCE", "going to come round and stab you up"),
        ("FEAR_OF_VIOLENCE", "he was genuinely frightened each time"),
    ],
)

case(
    18, "harassment_fear_of_violence", "CF",
    voice="judgment", case="mixed", noise="clean", batch="zg",
    pattern="college_student_homophobic_abuse_and_two_threats_youth_court_sentence", relationship="acquaintance", occasions=4,
    text="""\
Sentencing remarks, Youth Court (District Judge Amis).

You are 17. Over a period of about five weeks last autumn you targeted a fellow student at Marlowe College, whom I will call J, because he is gay. You called him 'f****t' and 'batty boy' in the corridors and online, and on two occasions - once on 6 October outside the library, and once by Instagram message on 19 October - you told him you would 'knock him out' and that he 'won't make it home one night'. J says in his statement that he believed you meant it and was afraid of being attacked walking to the station. The homophobic nature of your conduct is a serious aggravating feature and I take it into account under section 66 of the Sentencing Code. I have read the pre-sentence report and the letter from your mother. You have no previous convictions and you pleaded guilty at the first opportunity. The sentence is a referral order for nine months, and a restraining order for two years.""",
    spans=[
        ("REPETITION", "Over a period of about five weeks"),
        ("STALK_CONTACT", "You called him 'f****t' and 'batty boy' in the corridors and online"),
        ("REPETITION", "on two occasions"),
        ("THREAT_VIOLENCE", "you would 'knock him out'"),
        ("THREAT_VIOLENCE", "he 'won't make it home one night'"),
        ("FEAR_OF_VIOLENCE", "was afraid of being attacked walking to the station"),
    ],
)

case(
    19, "stalking", "CS",
    voice="third_party", case="mixed", noise="redacted", batch="zg",
    pattern="minecraft_contact_fixated_on_15yo_girl_new_accounts_gifts_parcel_to_school", relationship="online", occasions=7,
    text="""\
Safeguarding summary - [SCHOOL] DSL, for Police / MASH.

Pupil: [NAME 1], Year 10, age 15. Pupil is of Somali heritage and lives with mum and two younger siblings. No previous concerns.

Concern: pupil met a user '[USERNAME]' on a Minecraft server in the summer holidays. She believes he is about 17 but cannot be sure; she has never seen his face. In September she told him she didn't want to talk any more, because he kept asking for her Snapchat and which area she lived in. Since then he has:
- messaged her on Minecraft, Discord and TikTok (she blocked all three; he opened new accounts each time, she thinks six or seven in total);
- sent her gift cards for Roblox and a 'skin' she had mentioned wanting months ago;
- sent a parcel to the school addressed to her, containing a bracelet with her initial on it. We do not know how he found out which school she attends - pupil thinks from the background of one of her TikToks, which shows the school field;
- commented under her TikTok videos 'you're mine you know that' and 'I'll wait as long as it takes'.

Pupil describes it as 'cringe and creepy' and is embarrassed that friends have seen the comments. She says she is not frightened of him, and she is still attending school and her after-school clubs as normal. No threats have been made. Mum informed [DATE] and is supportive. Pupil has now set her accounts to private. Parcel and packaging retained, sealed, in DSL office for collection by police.""",
    spans=[
        ("UNWANTED", "she told him she didn't want to talk any more"),
        ("STALK_CONTACT", "messaged her on Minecraft, Discord and TikTok"),
        ("FIXATION", "he opened new accounts each time"),
        ("STALK_GIFTS", "sent her gift cards for Roblox and a 'skin' she had mentioned wanting months ago"),
        ("STALK_GIFTS", "sent a parcel to the school addressed to her, containing a bracelet with her initial on it"),
        ("FIXATION", "you're mine you know that"),
        ("FIXATION", "I'll wait as long as it takes"),
        ("DISTRESS", "is embarrassed that friends have seen the comments"),
    ],
)

case(
    20, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="zg",
    pattern="ex_boyfriend_breaches_restraining_order_by_turning_up_at_college_twice", relationship="ex_partner", occasions=2,
    text="""\
Breach of RO. IP (18) and SUSP (19) were in a rel for 2 yrs, split Jan. SUSP convicted of harassment in April and given RO not to contact IP or attend Westfield College. On 12/09 at 0850 SUSP stood at the college main entrance as IP arrived and said 'I just want to see you, that's all'. Security moved him on. On 19/09 IP's friend saw him sat on the wall by the bus stop opp the college at lunch, looking across at the canteen. IP says 'he won't let it go', she isn't scared of him but is fed up. No msgs since the RO was made. SUSP arrested 20/09, admits attending both times, says he misses her. Charged x2 breach RO, kept in for court.""",
    spans=[
        ("STALK_TURN_UP", "SUSP stood at the college main entrance as IP arrived"),
        ("FIXATION", "I just want to see you, that's all"),
        ("STALK_LOITER", "sat on the wall by the bus stop opp the college at lunch"),
        ("FIXATION", "he won't let it go"),
        ("REPETITION", "attending both times"),
        ("FIXATION", "says he misses her"),
    ],
)

case(
    21, "stalking", "CS",
    voice="statement", case="mixed", noise="typos", batch="zg",
    pattern="ex_in_same_halls_constant_messages_turns_up_in_kitchen_one_threat_only", relationship="ex_partner", occasions=10,
    text="""\
Me and Ryan went out for most of first year and I ended it over Easter. We are both still in Halford Hall, different floors. Since we came back after the break he has been messaging me every day, sometimes 30 or 40 times, saying he's changed and asking if we can talk. I've told him no lots of times. He turns up in the kitchen on my floor when he knows I'm cooking, and he's asked my flatmate Georgia what lectures I have on Thursdays. Last Friday when I said I was seeing someone else he messaged 'if I see him with you I'll batter you both'. Thats the only time he's said anything like that and he apologised the next morning. I dont really think he would hurt me, I know what he's like, but its really getting to me and I just want it to stop.""",
    spans=[
        ("STALK_CONTACT", "he has been messaging me every day"),
        ("REPETITION", "sometimes 30 or 40 times"),
        ("FIXATION", "saying he's changed and asking if we can talk"),
        ("UNWANTED", "I've told him no lots of times"),
        ("STALK_TURN_UP", "He turns up in the kitchen on my floor when he knows I'm cooking"),
        ("STALK_MONITOR", "he's asked my flatmate Georgia what lectures I have on Thursdays"),
        ("THREAT_VIOLENCE", "if I see him with you I'll batter you both"),
        ("DISTRESS", "its really getting to me"),
    ],
)

case(
    22, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev", batch="zg",
    pattern="student_reports_halls_company_rent_arrears_letters_and_visit_as_harassment", relationship="landlord", occasions=7,
    text="""\
Caller (20, student) reports 'harassment' by Kingsgate Student Living who run his halls. He is 2 months behind on rent. They have sent him 4 emails + 2 letters since Oct about the arrears and a member of staff knocked on his door 14/11 in office hours to talk about a payment plan. Caller says it's stressing him out with exams coming up. No abuse, no threats, staff polite per caller. Adv this is a civil/debt matter, contact is about recovering the rent. Signposted to uni money advice + CAB. NFA police. Log closed.""",
    spans=[
        ("DISTRESS", "it's stressing him out with exams coming up"),
    ],
)

case(
    23, "stalking", "CS",
    voice="notebook", case="lower", noise="abbrev", batch="zg",
    pattern="year_13_ex_follows_year_12_girl_to_bus_turns_up_at_job_threatens_new_boyfriend", relationship="ex_partner", occasions=10,
    text="""\
sch police officer notes thurs 6/2. spoke w/ IP (yr 12, 16) in pastoral office w/ mrs kaur. IP ended things w/ SUSP (yr 13, 17) before xmas. since then he has: followed her from the sixth form block to the bus stop most days after school (approx 8-10 times per IP, staff have seen it twice), sent her long msgs on snap about how he can't cope without her, + turned up at her saturday job at greggs last wk and stood at the counter till she served him. he has also told IP he'll 'stamp on' her new bf aaron's head if he sees them together. IP says she is not worried for herself, he's never been like that with her, but she is worried for aaron. aaron's parents informed. actions: SUSP to be spoken to w/ parent, HoY aware, IP given trusted adult + card.""",
    spans=[
        ("STALK_FOLLOW", "followed her from the sixth form block to the bus stop most days after school"),
        ("REPETITION", "approx 8-10 times per IP"),
        ("STALK_CONTACT", "sent her long msgs on snap about how he can't cope without her"),
        ("STALK_TURN_UP", "turned up at her saturday job at greggs last wk"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="mixed", noise="typos", batch="zg",
    pattern="teen_ex_banging_on_window_after_weeks_of_texts_and_workplace_visits_threats_twice", relationship="ex_partner", occasions=6,
    text="""\
Caller is [NAME], 17, crying and whispering, says ex bf Jordan PIKE (18) is outside her house now banging on the window. Relationship ended 2 wks ago. Caller says he has been texting her non stop since and turning up at her work at the nail bar on the high st. Tonight he txt 'open the door or im going to smash your face in' and last week he said 'if your with anyone else im going to kill you'. Caller says she thinks he will hurt her, he hit her once when they were together (not reported). Mum at work. Caller in upstairs bathroom w/ door locked. Units dispatched grade 1. Caller kept on line until arrival 2231. SUSP detained at scene.""",
    spans=[
        ("DISTRESS", "crying and whispering"),
        ("STALK_TURN_UP", "is outside her house now banging on the window"),
        ("STALK_CONTACT", "texting her non stop"),
        ("STALK_TURN_UP", "turning up at her work at the nail bar"),
        ("THREAT_VIOLENCE", "open the door or im going to smash your face in"),
        ("THREAT_VIOLENCE", "if your with anyone else im going to kill you"),
        ("FEAR_OF_VIOLENCE", "she thinks he will hurt her"),
    ],
)

case(
    25, "stalking_fear_alarm_distress", "CSD",
    voice="third_party", case="mixed", noise="clean", batch="zg",
    pattern="salon_supervisor_fixated_on_17yo_apprentice_texts_gifts_drives_past_she_leaves", relationship="colleague", occasions=10,
    text="""\
Referral from the Safeguarding Lead, Northway Training (apprenticeship provider).

Our learner, Chloe (17, Level 2 Hairdressing apprentice), has told her assessor about her salon supervisor, Darren, who is 34. From around February he started texting her in the evenings, at first about shifts, then compliments about her appearance and questions about who she was seeing. She asked him to keep it to work. He carried on, most nights, often after 11pm. In March he left a box of chocolates and a card saying 'for my favourite girl' in her locker. He has twice driven past her house on a Sunday and then messaged 'saw your light on'. He also views her Instagram stories every time she posts and comments at work on who she was with. Chloe has now left the salon (her last day was 3 April) and we are looking for a new placement, which will delay her completing the qualification. She has also changed her phone number. She says he has never threatened her. Her mum is aware and supports a report to police.""",
    spans=[
        ("STALK_CONTACT", "he started texting her in the evenings"),
        ("FIXATION", "compliments about her appearance and questions about who she was seeing"),
        ("UNWANTED", "She asked him to keep it to work"),
        ("REPETITION", "most nights, often after 11pm"),
        ("STALK_GIFTS", "left a box of chocolates and a card saying 'for my favourite girl' in her locker"),
        ("STALK_WATCH", "twice driven past her house on a Sunday and then messaged 'saw your light on'"),
        ("STALK_MONITOR", "views her Instagram stories every time she posts and comments at work on who she was with"),
        ("SERIOUS_IMPACT", "Chloe has now left the salon"),
        ("SERIOUS_IMPACT", "She has also changed her phone number"),
    ],
)

case(
    26, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="zg",
    pattern="adult_gamer_fixated_on_14yo_boy_appears_outside_school_family_changes_routine", relationship="online", occasions=5,
    text="""\
I am the father of Sam, who is 14. Sam has been playing an online game called Valorant with someone who calls himself 'Kyro'. Sam thought he was about 16. Around the start of March Sam stopped replying to him because Kyro kept asking him personal questions and wanted to voice call all the time. After that Kyro sent him messages every day asking why he was ignoring him and saying 'you're my best mate, don't do this'. On Tuesday 18th March Sam noticed a man he didn't know standing across the road from the school gates at home time, looking at his phone and then at the kids coming out. That night Kyro messaged him 'nice jacket today'. On the Thursday the same man was there again. Sam was very shaken. Since then I drive him to school and pick him up, and we have deleted all of his gaming accounts and taken the console out of his room. Sam has dropped out of his after school drama club because it finishes when it's getting dark. There have been no threats.""",
    spans=[
        ("UNWANTED", "Sam stopped replying to him"),
        ("STALK_CONTACT", "Kyro sent him messages every day asking why he was ignoring him"),
        ("FIXATION", "you're my best mate, don't do this"),
        ("STALK_LOITER", "standing across the road from the school gates at home time"),
        ("STALK_MONITOR", "nice jacket today"),
        ("REPETITION", "the same man was there again"),
        ("DISTRESS", "Sam was very shaken"),
        ("SERIOUS_IMPACT", "I drive him to school and pick him up"),
        ("SERIOUS_IMPACT", "we have deleted all of his gaming accounts"),
        ("SERIOUS_IMPACT", "Sam has dropped out of his after school drama club"),
    ],
)

case(
    27, "stalking_fear_alarm_distress", "CSFD",
    voice="victim_diary", case="lower", noise="typos", batch="zg",
    pattern="classmate_follows_girl_to_school_if_i_cant_have_you_threats_she_stops_attending", relationship="acquaintance", occasions=5,
    text="""\
monday - he was at the end of my road again when i came out. didnt say anything just walked behind me all the way to school like 10 metres back. told miss hughes.
tuesday - he messaged 'why are u ignoring me, u know were meant to be together'. i blocked him AGAIN.
wed - new account. 'if i cant have u no one can. ill make sure of it'. showed mum. mum rang the school.
thurs - mum drove me in. he was by the gates staring.
fri - he came up at lunch and said really quiet 'you'll see what happens' and did a thing with his finger across his neck. i was shaking. went home at lunch and didnt go back.
sat - dont want to go out at all. honestly think hes going to do something to me. mum is ringing the police tomorrow. i dont even like him, i never did, we were just in the same maths set.""",
    spans=[
        ("STALK_LOITER", "he was at the end of my road again when i came out"),
        ("STALK_FOLLOW", "walked behind me all the way to school"),
        ("FIXATION", "u know were meant to be together"),
        ("UNWANTED", "i blocked him AGAIN"),
        ("THREAT_VIOLENCE", "if i cant have u no one can. ill make sure of it"),
        ("SERIOUS_IMPACT", "mum drove me in"),
        ("STALK_WATCH", "he was by the gates staring"),
        ("THREAT_VIOLENCE", "you'll see what happens"),
        ("DISTRESS", "i was shaking"),
        ("SERIOUS_IMPACT", "went home at lunch and didnt go back"),
        ("FEAR_OF_VIOLENCE", "honestly think hes going to do something to me"),
    ],
)

case(
    28, "aggravated_harassment", "CR",
    voice="mo_field", case="mixed", noise="abbrev", batch="zg",
    pattern="fifa_opponent_racist_voice_chat_and_psn_messages_to_15yo", relationship="online", occasions=7,
    text="""\
MO: racist abuse via PSN voice chat + msgs x7 (02/01-16/01) after IP (15) beat SUSP at FIFA. n-word, 'monkey'. No threats. IP more annoyed than scared. Parent wants recorded.""",
    spans=[
        ("STALK_CONTACT", "racist abuse via PSN voice chat + msgs"),
        ("REPETITION", "x7 (02/01-16/01)"),
        ("RACIAL_HOSTILITY", "n-word, 'monkey'"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="zg",
    pattern="neighbour_in_parking_dispute_religious_abuse_at_sikh_student_tenants", relationship="neighbour", occasions=5,
    text="""\
Update 14/04 PC 4410 - Spoke to IP1 (Harjot, 20) and IP2 (Manvir, 21) at their student let, 22 Ferndale Rd. Both Sikh, both wear turbans. Ongoing issue w/ neighbour at no.24 (Mr GLYNN, 60s) re the students' cars parked across his drop kerb. Since Feb, GLYNN has on at least 5 occasions come out when they park and shouted at them - 'bloody rag heads', 'take your tea towels off and go home', 'Taliban'. He also stands at his window and photographs their cars. IPs say it's about the parking but the religious stuff is 'every time'. They are angry, not frightened. No threats.
Update 16/04 - GLYNN seen at home, denies the comments, admits photographing the cars 'for the council'. IP1 has audio of 2 incidents on his phone - to be downloaded.
Update 20/04 - Audio reviewed, comments clearly audible. Interview to be arranged. Crime reclassified to racially/religiously aggravated s.2.""",
    spans=[
        ("REPETITION", "on at least 5 occasions"),
        ("STALK_CONTACT", "come out when they park and shouted at them"),
        ("RELIGIOUS_HOSTILITY", "bloody rag heads"),
        ("RELIGIOUS_HOSTILITY", "take your tea towels off and go home"),
        ("RELIGIOUS_HOSTILITY", "Taliban"),
        ("STALK_WATCH", "stands at his window and photographs their cars"),
    ],
)

case(
    30, "aggravated_harassment", "CRD",
    voice="crime_summary", case="mixed", noise="clean", batch="zg",
    pattern="garage_fitters_racist_banter_at_black_apprentice_who_leaves_placement", relationship="colleague", occasions=10,
    text="""\
Summary: IP (Kwame, 19) was a first-year apprentice mechanic at Dalton Motors, Unit 4 Brookside Ind Est, from August to November. He was the only Black member of staff. Two fitters, Gary HOLT (52) and Sean MARR (28), subjected him to repeated comments about his colour which they called 'banter': asking if he'd been 'working in the sun' when he got grease on his face, calling him 'Kunta', leaving a banana in his toolbox on at least two occasions, and putting on an African accent whenever he spoke. IP estimates something happened most weeks. He raised it with the workshop manager in October; nothing changed. IP left the apprenticeship on 21 November and is now on Universal Credit while he looks for another placement. He describes feeling humiliated every shift. There were no threats. Both suspects interviewed; HOLT accepts the banana 'as a joke', MARR no comment.""",
    spans=[
        ("RACIAL_HOSTILITY", "repeated comments about his colour"),
        ("RACIAL_HOSTILITY", "calling him 'Kunta'"),
        ("RACIAL_HOSTILITY", "leaving a banana in his toolbox"),
        ("REPETITION", "on at least two occasions"),
        ("RACIAL_HOSTILITY", "putting on an African accent whenever he spoke"),
        ("REPETITION", "most weeks"),
        ("SERIOUS_IMPACT", "IP left the apprenticeship on 21 November"),
        ("DISTRESS", "He describes feeling humiliated every shift"),
    ],
)

case(
    31, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="redacted", batch="zg",
    pattern="year_9_pupil_antisemitic_taunts_and_hitler_snaps_one_unfeared_threat", relationship="acquaintance", occasions=5,
    text="""\
From: DSL, [SCHOOL NAME]
To: Safer Schools Officer

Re: Pupil X (Year 9). Pupil X is Jewish and this is known in his year group. Over the last three weeks Pupil Y (Year 9) has repeatedly targeted him: on [DATE 1] throwing a coin at his feet and saying 'pick it up then, you lot love money'; on [DATE 2] making a hissing gas noise behind him in the lunch queue; and on [DATE 3] and [DATE 4] sending him Snapchat images of Hitler captioned 'miss you'. On [DATE 4] Y also told him he would 'sort him out' after school. X told his form tutor he wasn't bothered by that because 'Y is all talk', but that the Hitler pictures really upset him. Parents of both informed. Y is in internal exclusion. We would welcome police advice about the images.""",
    spans=[
        ("REPETITION", "Over the last three weeks"),
        ("RELIGIOUS_HOSTILITY", "pick it up then, you lot love money"),
        ("RELIGIOUS_HOSTILITY", "making a hissing gas noise behind him in the lunch queue"),
        ("STALK_CONTACT", "sending him Snapchat images of Hitler captioned 'miss you'"),
        ("THREAT_VIOLENCE", "he would 'sort him out' after school"),
        ("DISTRESS", "the Hitler pictures really upset him"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="lower", noise="heavy", batch="zg",
    pattern="warzone_player_anti_pakistani_abuse_and_repeated_burn_threat_to_16yo", relationship="online", occasions=10,
    text="""\
caller is mum of 16yo son. son been getting msgs on discord from a user he plays warzone with, user found out son is pakistani heritage when son spoke urdu on mic to his cousin. since 1st of month user sends 'p*ki' abuse most nights, + on the 9th sent 'im gonna find u and burn u alive'. has said it agn twice since. son terified, thinks user is local cos user mentioned the big tesco near them. son cant sleep. no adress for suspct. caller will screensht. grade 3 appt tmrw 1800.""",
    spans=[
        ("STALK_CONTACT", "getting msgs on discord from a user he plays warzone with"),
        ("RACIAL_HOSTILITY", "sends 'p*ki' abuse"),
        ("REPETITION", "most nights"),
        ("THREAT_VIOLENCE", "im gonna find u and burn u alive"),
        ("REPETITION", "has said it agn twice since"),
        ("FEAR_OF_VIOLENCE", "son terified"),
        ("DISTRESS", "son cant sleep"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="zg",
    pattern="regular_customer_anti_romanian_abuse_and_threats_to_17yo_chicken_shop_worker", relationship="customer", occasions=6,
    text="""\
I am 17 and I work evenings at Chicken Cottage on Wellgate while I do my A levels. There is a man, I think in his twenties, who comes in most Fridays and Saturdays. Since about January he has made comments to me because I am Romanian. He calls me 'gypo' and asks if I've 'nicked anything today'. On 8 March when I got his order wrong he leaned over the counter and said 'do that again and I'll wait for you outside and cut you, you Romanian tramp'. On 15 March he said 'remember what I told you' and pointed at the back door where I go out to the bins. On 22 March he said again that he would be waiting for me when I finished. I am now really scared to finish my shift. I think he will actually do something to me. My manager has the CCTV for the 8th and the 22nd.""",
    spans=[
        ("REPETITION", "most Fridays and Saturdays"),
        ("RACIAL_HOSTILITY", "He calls me 'gypo'"),
        ("RACIAL_HOSTILITY", "asks if I've 'nicked anything today'"),
        ("THREAT_VIOLENCE", "I'll wait for you outside and cut you"),
        ("RACIAL_HOSTILITY", "you Romanian tramp"),
        ("THREAT_VIOLENCE", "said 'remember what I told you' and pointed at the back door"),
        ("THREAT_VIOLENCE", "he said again that he would be waiting for me when I finished"),
        ("FEAR_OF_VIOLENCE", "I am now really scared to finish my shift"),
        ("FEAR_OF_VIOLENCE", "I think he will actually do something to me"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="zg",
    pattern="estate_teens_anti_roma_abuse_and_threats_to_13yo_in_park_he_avoids_it", relationship="acquaintance", occasions=3,
    text="""\
Sgt review 0915 27/05. IP is 13, Slovak Roma family, Marsden estate. Reported via older sister. A group of 3-4 lads (14-16) from the estate, main one known as 'Rico' (ID'd - Ricardo LOMAS, 15), have on three occasions in May caught IP in Marsden Park. First time they called him 'dirty gypsy' and 'pikey' and told him 'we'll kick your head in if we see you here again'. Second time (15/05) Rico pushed him off his bike, said 'that's your last warning' and called him a gyppo. Last one 23/05 they chased him out the park saying they'd stab him. IP terrified, now goes the long way round via the main road and won't go to the park with his mates. Agree crime R/A s.4 PHA. Actions: TI to get full account w/ appropriate adult; visit LOMAS household; council park CCTV; SNT patrol plan. Ensure hate crime flag applied. OIC PC Dunmore.""",
    spans=[
        ("REPETITION", "on three occasions in May"),
        ("RACIAL_HOSTILITY", "called him 'dirty gypsy' and 'pikey'"),
        ("THREAT_VIOLENCE", "we'll kick your head in if we see you here again"),
        ("THREAT_VIOLENCE", "that's your last warning"),
        ("RACIAL_HOSTILITY", "called him a gyppo"),
        ("THREAT_VIOLENCE", "chased him out the park saying they'd stab him"),
        ("FEAR_OF_VIOLENCE", "IP terrified"),
        ("SERIOUS_IMPACT", "now goes the long way round via the main road"),
        ("SERIOUS_IMPACT", "won't go to the park with his mates"),
    ],
)

case(
    35, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="zg",
    pattern="teen_exes_party_row_then_reconciled_then_mutual_hoodie_argument_months_later", relationship="ex_partner", occasions=2,
    text="""\
Result: NFA. IP (18) and SUSP (18) were together on and off from 2022. In February they argued at a house party; SUSP shouted at IP in the garden and sent her two nasty messages later that night. IP rang police then but did not want to take it further. They were back together within a fortnight and stayed together until the end of August, when it ended amicably by both their accounts. On 4 November SUSP messaged IP once asking for his hoodie back; when she said she'd binned it they traded insults for about ten minutes, both calling each other names, and then both blocked each other. Nothing since. The February incident and the November messages are nine months apart with the relationship resumed in between, and November was a two-sided argument. IP informed and happy with the result; advised re blocking and reporting if anything further.""",
    spans=[
        ("STALK_CONTACT", "SUSP shouted at IP in the garden and sent her two nasty messages later that night"),
    ],
)

case(
    36, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="vps", case="mixed", noise="clean", batch="zg",
    pattern="downstairs_student_racist_notes_and_threats_to_chinese_student_over_footsteps", relationship="neighbour", occasions=5,
    text="""\
Victim Personal Statement - Li Wen, 20.

I came to the UK in September to study engineering. I live in a flat in Ravensworth Court. The man who lives in the flat below me, I think he is also a student, complained once that I walk too loudly at night. After that, notes started coming under my door. The first one said 'stomp again chinky and ill come up and shut you up'. Another one, a week later, said 'go back to china with your virus, i know which door is yours, last chance'. There were five notes in total in October. I have kept them all. I am very scared. I believe he will come up and hurt me. I now walk in my socks and do not cook after 8pm because I am worried he will hear me. My parents in China are very worried and ask me every day if I am safe. I did not expect this when I came here.""",
    spans=[
        ("STALK_CONTACT", "notes started coming under my door"),
        ("RACIAL_HOSTILITY", "chinky"),
        ("THREAT_VIOLENCE", "ill come up and shut you up"),
        ("RACIAL_HOSTILITY", "go back to china with your virus"),
        ("THREAT_VIOLENCE", "i know which door is yours, last chance"),
        ("REPETITION", "five notes in total in October"),
        ("FEAR_OF_VIOLENCE", "I believe he will come up and hurt me"),
        ("SERIOUS_IMPACT", "I now walk in my socks and do not cook after 8pm"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="crime_summary", case="inconsistent", noise="abbrev", batch="zg",
    pattern="former_apex_teammate_fake_tiktok_with_racist_slurs_and_tracks_where_teen_goes", relationship="online", occasions=12,
    text="""\
CRIME SUMMARY - IP is Marcus, 16, mixed Black Caribbean/white heritage. SUSP is an online contact, now believed to be Connor LEES (17) from another county, who played Apex with IP last year. IP stopped playing with him in Jan. SUSP has since: set up a TikTok account using IP's name and photos, posting clips captioned with racist slurs about IP ('coon', 'half-breed'); MESSAGED IP'S FRIENDS ASKING WHERE HE LIVES AND WHICH COLLEGE HE GOES TO; and commented under IP's own posts within minutes of them going up, mentioning where IP had been that day. IP has blocked 9 accounts so far. SUSP's msgs to IP say 'you cant get rid of me'. One msg said he would 'do' IP's little brother if he saw him at the skatepark - IP worried for his brother, not for himself. IP says he is 'more angry than anything' and carries on as normal. TikTok removed fake acct on request; preservation request sent 14/03.""",
    spans=[
        ("STALK_PUBLISH", "set up a TikTok account using IP's name and photos"),
        ("RACIAL_HOSTILITY", "'coon', 'half-breed'"),
        ("STALK_MONITOR", "MESSAGED IP'S FRIENDS ASKING WHERE HE LIVES AND WHICH COLLEGE HE GOES TO"),
        ("STALK_MONITOR", "mentioning where IP had been that day"),
        ("REPETITION", "IP has blocked 9 accounts so far"),
        ("FIXATION", "you cant get rid of me"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="typos", batch="zg",
    pattern="former_best_friend_posts_anti_hindu_content_fake_accounts_and_watches_house", relationship="acquaintance", occasions=8,
    text="""\
To whom it may concern,

I am writing about my daugther Priya (16). Her former best freind from school, a girl called Shannon, fell out with her in the summer. Since then Shannon has been posting about Priya on Instagram and TikTok - photos of her with cow emojis, 'cow worshipper', 'curry muncher', pictures of our mandir with laughing faces. She has made at least three fake accounts in Priya's name. We have also seen Shannon sat on the wall opposite our house on her phone on several evenings in September, just watching the house, and she doesnt live anywhere near us. Priya has not been threatened and she says she is not scared of Shannon, but she is very embarassed at school and I want it to stop. The school have said it is a police matter because most of it happens outside school.

Yours faithfully,
Anjali Mistry""",
    spans=[
        ("STALK_PUBLISH", "Shannon has been posting about Priya on Instagram and TikTok"),
        ("RELIGIOUS_HOSTILITY", "cow worshipper"),
        ("RACIAL_HOSTILITY", "curry muncher"),
        ("RELIGIOUS_HOSTILITY", "pictures of our mandir with laughing faces"),
        ("STALK_PUBLISH", "made at least three fake accounts in Priya's name"),
        ("STALK_WATCH", "sat on the wall opposite our house on her phone"),
        ("REPETITION", "on several evenings in September"),
        ("DISTRESS", "she is very embarassed at school"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="call_log", case="mixed", noise="abbrev", batch="zg",
    pattern="ex_partner_gets_into_halls_in_breach_of_non_mol_racist_abuse_she_not_scared", relationship="ex_partner", occasions=4,
    text="""\
Call from security lodge, Kings Park halls. Female student (19) in Block D reports ex-partner SUSP (20) has got into the building again, 3rd time this month, despite a non-mol she got in Aug. He banged on her door shouting 'open up you black b***h, you think you're better than me'. Left before security got there. Earlier today he sent her 20+ texts and threatened to 'knock her spark out'. IP laughed it off - 'he wont do anything, he's a coward' - not frightened, just wants him arrested for the order. Security reviewing door entry CCTV. Units to attend IP + area search.""",
    spans=[
        ("STALK_TURN_UP", "has got into the building again"),
        ("REPETITION", "3rd time this month"),
        ("STALK_TURN_UP", "He banged on her door"),
        ("RACIAL_HOSTILITY", "open up you black b***h"),
        ("STALK_CONTACT", "sent her 20+ texts"),
        ("THREAT_VIOLENCE", "threatened to 'knock her spark out'"),
    ],
)

case(
    40, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="redacted", batch="zg",
    pattern="ex_boyfriend_anti_traveller_abuse_and_friends_follow_and_film_her_from_college", relationship="ex_partner", occasions=8,
    text="""\
Update 1 (03/10): IP [NAME 1] (17) attended front desk w/ mum. Ex-bf [NAME 2] (18) ended rel w/ IP in Aug after finding out her family are Irish Travellers; since then he has sent her messages calling her 'knacker' and 'pikey scum' and saying he 'wasted a year on a gypsy'.
Update 2 (03/10): IP says over last 2 wks two of [NAME 2]'s friends have followed her from college to the bus station at least 4 times, filming her on their phones. One of the videos later appeared on [NAME 2]'s private story (seen by IP's cousin) captioned 'keeping tabs on the traveller'.
Update 3 (05/10): IP not frightened, says 'they're kids', carrying on w/ college as usual. Upset about what was said about her family.
Update 4 (06/10): [NAME 2] arrested, VA interview. Friends to be ID'd via college.""",
    spans=[
        ("STALK_CONTACT", "he has sent her messages"),
        ("RACIAL_HOSTILITY", "'knacker' and 'pikey scum'"),
        ("RACIAL_HOSTILITY", "wasted a year on a gypsy"),
        ("STALK_FOLLOW", "followed her from college to the bus station"),
        ("REPETITION", "at least 4 times"),
        ("STALK_WATCH", "filming her on their phones"),
        ("STALK_PUBLISH", "appeared on [NAME 2]'s private story"),
        ("RACIAL_HOSTILITY", "keeping tabs on the traveller"),
        ("DISTRESS", "Upset about what was said about her family"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="dash_note", case="mixed", noise="abbrev", batch="zg",
    pattern="teen_ex_racist_messages_posts_her_number_she_changes_number_and_sixth_form", relationship="ex_partner", occasions=10,
    text="""\
DASH - IP 16 (CSC open), SUSP 17. Ex rel 8 mths, ended June. IP of Bangladeshi heritage. Since split SUSP has contacted IP constantly via Snap, Insta, txt, incl from friends' phones. Msgs mix 'come back I'll change' + 'p*ki sl*g', 'ur family should be deported'. Has turned up at IP's nan's house x2 asking for her. Posted her number on a group chat w/ 'call this p*ki for a good time' - IP got 40+ calls from unknown nos. IP has changed number twice and moved to a different sixth form (started 4/9) to get away from him. IP 'doesn't think he'd hurt me', no threats disclosed. Risk MEDIUM due to persistence + age. MARAC threshold not met. Refer Early Help / YOT.""",
    spans=[
        ("STALK_CONTACT", "contacted IP constantly via Snap, Insta, txt"),
        ("FIXATION", "come back I'll change"),
        ("RACIAL_HOSTILITY", "p*ki sl*g"),
        ("RACIAL_HOSTILITY", "ur family should be deported"),
        ("STALK_TURN_UP", "turned up at IP's nan's house x2"),
        ("STALK_PUBLISH", "Posted her number on a group chat"),
        ("RACIAL_HOSTILITY", "call this p*ki for a good time"),
        ("SERIOUS_IMPACT", "IP has changed number twice"),
        ("SERIOUS_IMPACT", "moved to a different sixth form"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="third_party", case="mixed", noise="clean", batch="zg",
    pattern="unknown_man_follows_and_photographs_chinese_postgrad_on_campus_racist_remarks", relationship="stranger", occasions=10,
    text="""\
Report from University Student Wellbeing Team (shared with the student's consent).

Student: Yutong (22, MSc, international student from China). Over about five weeks she has noticed the same man - white, about 30, not believed to be a student - around the campus. He has sat near her in the library on at least six occasions, followed her from the library to the Science Park bus stop twice, and photographed her on his phone in the canteen. On two occasions he has come up close and said 'ni hao, ching chong' and 'go home, you're taking our places'. She has not been threatened. She has now stopped going to campus, is following lectures online only, and has asked a friend to collect her post from the department. She told us she is 'anxious all the time'. Campus security have a description and are checking CCTV from the library entrance.""",
    spans=[
        ("REPETITION", "Over about five weeks"),
        ("STALK_WATCH", "He has sat near her in the library"),
        ("REPETITION", "on at least six occasions"),
        ("STALK_FOLLOW", "followed her from the library to the Science Park bus stop twice"),
        ("STALK_WATCH", "photographed her on his phone in the canteen"),
        ("RACIAL_HOSTILITY", "ni hao, ching chong"),
        ("RACIAL_HOSTILITY", "go home, you're taking our places"),
        ("SERIOUS_IMPACT", "She has now stopped going to campus"),
        ("SERIOUS_IMPACT", "is following lectures online only"),
        ("DISTRESS", "anxious all the time"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFRD",
    voice="notebook", case="upper", noise="heavy", batch="zg",
    pattern="year_11_boy_rejected_by_hijabi_pupil_religious_abuse_turns_up_at_home_threats", relationship="acquaintance", occasions=7,
    text="""\
SSO NOTES 23/01 1310. MTG W/ HOY + IP (YR10, 15) + DAD. IP WEARS HIJAB. SUSP YR11 BOY (16) HAS BEEN ASKING HER OUT SINCE NOV, SHE SAYS NO EVERY TIME. SINCE XMAS HE HAS STARTD CALLING HER 'TERRORIST' + 'ISIS BRIDE' IN CORRIDORS WHEN SHE SAYS NO. TURND UP AT HER HOUSE X3 IN JAN ON HIS BIKE, WAITED AT END OF DRIVE. 14/01 SAID TO HER 'ILL RIP THAT THING OFF UR HEAD AND BEAT U'. 20/01 MSG ON INSTA 'IF U DONT GO OUT W ME UR GETTING HURT'. IP V SCARED, SAYS SHE THINKS HE WILL ATTACK HER ON WAY HOME. DAD NOW COLLECTING HER EVRY DAY. PLAN: CRIME RPT, SUSP TO BE SEEN W/ PARENTS, SEPARATE TIMETABLES, SAFETY PLAN.""",
    spans=[
        ("FIXATION", "HAS BEEN ASKING HER OUT SINCE NOV"),
        ("UNWANTED", "SHE SAYS NO EVERY TIME"),
        ("RELIGIOUS_HOSTILITY", "'TERRORIST' + 'ISIS BRIDE'"),
        ("STALK_TURN_UP", "TURND UP AT HER HOUSE X3 IN JAN ON HIS BIKE"),
        ("STALK_LOITER", "WAITED AT END OF DRIVE"),
        ("THREAT_VIOLENCE", "ILL RIP THAT THING OFF UR HEAD AND BEAT U"),
        ("THREAT_VIOLENCE", "IF U DONT GO OUT W ME UR GETTING HURT"),
        ("FEAR_OF_VIOLENCE", "SHE THINKS HE WILL ATTACK HER ON WAY HOME"),
        ("SERIOUS_IMPACT", "DAD NOW COLLECTING HER EVRY DAY"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFRD",
    voice="judgment", case="mixed", noise="clean", batch="zg",
    pattern="workshop_supervisor_racist_abuse_monitoring_and_threats_to_18yo_apprentice", relationship="colleague", occasions=10,
    text="""\
R v Dean HARGREAVES - sentencing remarks.

You were a 38-year-old workshop supervisor at a joinery firm and the complainant, whom I shall call A, was an 18-year-old apprentice placed under your supervision. From September to December you made her working life a misery. You commented constantly on her being of Nigerian descent - 'you lot', 'jungle bunny', asking whether her family 'came over on a boat'. You followed her Instagram account and that of her sister, and you remarked at work on where she had been at weekends. You waited by her car in the yard at the end of shifts on many occasions, when you had no reason to be there. In November you told her that if she reported you, you would 'put her in the chipper', and in December, after she had complained to the manager, you told her she would 'end up in a ditch'. She believed you. Her statement describes being terrified to walk to the car park alone and, in the end, leaving the apprenticeship she had worked so hard to obtain. I have had regard to the Sentencing Council guideline and to the racial aggravation, which I treat as high. You have one previous conviction, for an unrelated matter, many years ago.""",
    spans=[
        ("RACIAL_HOSTILITY", "You commented constantly on her being of Nigerian descent"),
        ("RACIAL_HOSTILITY", "jungle bunny"),
        ("RACIAL_HOSTILITY", "came over on a boat"),
        ("STALK_MONITOR", "You followed her Instagram account and that of her sister"),
        ("STALK_MONITOR", "remarked at work on where she had been at weekends"),
        ("STALK_LOITER", "You waited by her car in the yard at the end of shifts"),
        ("REPETITION", "on many occasions"),
        ("THREAT_VIOLENCE", "you would 'put her in the chipper'"),
        ("THREAT_VIOLENCE", "she would 'end up in a ditch'"),
        ("FEAR_OF_VIOLENCE", "being terrified to walk to the car park alone"),
        ("SERIOUS_IMPACT", "leaving the apprenticeship she had worked so hard to obtain"),
    ],
)
