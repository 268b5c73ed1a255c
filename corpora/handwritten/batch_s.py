# ruff: noqa: E501
"""Hand-written narratives, writer s: the boundaries between labels."""

from corpora.handwritten import case

case(
    1, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="s",
    pattern="single_threat_fear_once", relationship="acquaintance", occasions=1,
    text="""\
2214 RP MRS HALIMA OSEI STATES MALE KNOWN TO HER AS 'DEZ' CAME TO DOOR AT 7 CROWTHER RD AND SHOUTED HE WOULD 'PUT HER THROUGH THE WINDOW' OVER MONEY OWED BY HER SON. RP V SCARED, DOORS LOCKED. MALE LEFT IN GREY ASTRA BEFORE UNITS ARR. RP STATES NEVER HAD ANY BOTHER WITH HIM BEFORE THIS. G2 ALLOC.""",
    spans=[
        ("THREAT_VIOLENCE", "'PUT HER THROUGH THE WINDOW'"),
        ("FEAR_OF_VIOLENCE", "RP V SCARED, DOORS LOCKED"),
    ],
)

case(
    2, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="s",
    pattern="issue_based_abuse_parking_dispute", relationship="neighbour", occasions=4,
    text="""\
IP Gareth PRYCE (62) reports ongoing problems with neighbour at no.14 Bellhouse Close, susp Liam DORAN, over the shared drive. Since 02/03 susp has left notes on IP's windscreen calling him a 'senile old c***' and 'parasite', on 4 occasions, last one 19/03. IP also says susp shouted abuse at him across the drive on Sunday when IP was putting bins out. IP states it is all about the drive, susp wants him to move his car and 'wont let it go'. IP is fed up and annoyed but says he is not frightened of him. Notes retained by IP, photos taken on BWV. Susp not yet spoken to.""",
    spans=[
        ("UNWANTED", "left notes on IP's windscreen calling him a 'senile old c***' and 'parasite'"),
        ("REPETITION", "on 4 occasions"),
        ("UNWANTED", "shouted abuse at him across the drive"),
    ],
)

case(
    3, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="s",
    pattern="colleague_waits_and_messages_no_fear", relationship="colleague", occasions=5,
    text="""\
I work at the distribution centre on Harrow Lane in the returns office. Kieran Walsh works on the same shift pattern but in goods in. We went for one drink in January after a team night out and I told him afterwards I did not want anything more. Since then he has messaged me on WhatsApp most days asking why I won't give him a chance. I blocked his number around the 10th of February and he then started messaging me on Instagram from an account called kw_returns. Three times in the last fortnight he has been standing by my car in the staff car park when I finish at 10pm, even though his shift finishes at 8. He doesn't say anything nasty, he just says he wants to talk. I am not scared of him as such. I just want it to stop and I want him to understand it's a no.""",
    spans=[
        ("STALK_CONTACT", "messaged me on WhatsApp most days asking why I won't give him a chance"),
        ("STALK_CONTACT", "started messaging me on Instagram from an account called kw_returns"),
        ("REPETITION", "Three times in the last fortnight"),
        ("STALK_LOITER", "standing by my car in the staff car park when I finish at 10pm"),
        ("FIXATION", "he just says he wants to talk"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="s",
    pattern="two_threats_fear_each_time", relationship="customer", occasions=2,
    text="""\
Update 11/07 1530 PC 4471 ROSS: Spoke to IP Tamsin HEWITT at the salon on Market St. Confirms susp (Wayne FELL, customer, refused refund 04/07) returned 04/07 approx 1700 and said 'I know where you park, ill smash your face in'. IP says she was shaking and got her partner to collect her that night.
Update 11/07 1545: IP adds that on 09/07 susp phoned the salon landline and said words to effect 'you're getting it, just wait'. IP states she was frightened he would actually come and hurt her and has had staff walk her to car since. IP does not want to close the salon. Susp not known to PNC. Plan - TIE susp, CCTV from salon requested.""",
    spans=[
        ("THREAT_VIOLENCE", "'I know where you park, ill smash your face in'"),
        ("FEAR_OF_VIOLENCE", "IP says she was shaking"),
        ("THREAT_VIOLENCE", "'you're getting it, just wait'"),
        ("FEAR_OF_VIOLENCE", "frightened he would actually come and hurt her"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="s",
    pattern="ex_partner_turns_up_victim_moves", relationship="ex_partner", occasions=6,
    text="""\
I want the court to know how the last four months have changed my life. After Ryan and I split up in March he kept coming to my house on Fenwick Street. Sometimes he knocked, sometimes he just sat outside in his van. He was never violent and I never thought he would hit me, but I could not relax in my own home. I stopped opening the curtains. In June I gave up the tenancy and moved in with my sister in Leyland, which means I now have an hour's drive to work each way. I have been signed off by my GP for two weeks with anxiety. I still check the road every time I leave the house.""",
    spans=[
        ("STALK_TURN_UP", "he kept coming to my house on Fenwick Street"),
        ("STALK_LOITER", "he just sat outside in his van"),
        ("DISTRESS", "I could not relax in my own home"),
        ("SERIOUS_IMPACT", "I stopped opening the curtains"),
        ("SERIOUS_IMPACT", "gave up the tenancy and moved in with my sister in Leyland"),
        ("SERIOUS_IMPACT", "signed off by my GP for two weeks with anxiety"),
    ],
)

case(
    6, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="s",
    pattern="racist_notes_issue_based", relationship="neighbour", occasions=3,
    text="""\
SUSP HAS ON 3 OCCS POSTED HANDWRITTEN NOTES THRU IP'S LETTERBOX RE BINS LEFT ON PATH, NOTES REFER TO IP AS 'DIRTY P***' AND TELL HER TO 'GO BACK TO KARACHI WITH YOUR RUBBISH'. IP ANNOYED, NOT IN FEAR.""",
    spans=[
        ("REPETITION", "ON 3 OCCS"),
        ("UNWANTED", "POSTED HANDWRITTEN NOTES THRU IP'S LETTERBOX"),
        ("RACIAL_HOSTILITY", "'DIRTY P***'"),
        ("RACIAL_HOSTILITY", "'GO BACK TO KARACHI WITH YOUR RUBBISH'"),
    ],
)

case(
    7, "aggravated_harassment_fear_of_violence", "CFR",
    voice="dash_note", case="mixed", noise="abbrev", batch="s",
    pattern="religious_threats_two_fears", relationship="acquaintance", occasions=3,
    text="""\
DASH completed w/ IP Yusuf KHALIQ, answers 9 yes = medium. Susp Connor BRAMLEY (former friend from gym). Q1 is IP frightened - YES 'he said he'd cut my throat like we do to sheep, and I believe him'. Msg 14/10 'muzzie scum ill bleed u'. 16/10 susp waited by IP's car at the gym? (IP unsure it was him, left before IP got there). 18/10 susp shouted at IP in Tesco car park about 'your mosque' and said he'd 'finish him'. IP says both times he thought he was going to be attacked, now carries personal alarm. No previous DA. Refer to hate crime officer.""",
    spans=[
        ("THREAT_VIOLENCE", "he said he'd cut my throat like we do to sheep"),
        ("FEAR_OF_VIOLENCE", "and I believe him"),
        ("RELIGIOUS_HOSTILITY", "'muzzie scum ill bleed u'"),
        ("RELIGIOUS_HOSTILITY", "shouted at IP in Tesco car park about 'your mosque'"),
        ("THREAT_VIOLENCE", "said he'd 'finish him'"),
        ("FEAR_OF_VIOLENCE", "both times he thought he was going to be attacked"),
    ],
)

case(
    8, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="typos", batch="s",
    pattern="follows_with_racial_slurs", relationship="stranger", occasions=4,
    text="""\
IP Precious ADEYEMI (24, student) reports a male she doesnt know has followed her from Moorgate tram stop to her halls on Coniston Rd on four seperate evenings this month. 1st time 03/11 she thought it was coincidence. On 07/11 and 12/11 he walked behind her the whole way and stood acros the road looking up at the windows for approx 20 mins. On 15/11 he called out 'oi n*****' as she went in and said 'I know which room is yours'. IP says she is more angry than scared, security at halls informed, has not changed anything yet. Desc W/M 30s, dark parka, white trainers.""",
    spans=[
        ("STALK_FOLLOW", "followed her from Moorgate tram stop to her halls on Coniston Rd"),
        ("REPETITION", "on four seperate evenings this month"),
        ("STALK_FOLLOW", "he walked behind her the whole way"),
        ("STALK_WATCH", "stood acros the road looking up at the windows for approx 20 mins"),
        ("RACIAL_HOSTILITY", "'oi n*****'"),
        ("FIXATION", "'I know which room is yours'"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="s",
    pattern="supervisor_upgrades_to_4a_racial", relationship="ex_partner", occasions=7,
    text="""\
Sgt 2290 review 22/05: Crime recorded as harassment - I disagree. Susp (ex-bf Marek NOWAK) has since split in Jan contacted IP by 6 diff numbers, turned up at her work at the Co-op Dale St twice and left a card on her car calling her a 'paki whore' and saying 'I see you every day'. IP Samira DUTT has now transferred to the Bolton branch and changed her hours to avoid him, and her mum drives her in. Note IP clear she does not think he will hurt her. Reclass, ensure VPS, PNC warning markers, refer IDVA.""",
    spans=[
        ("STALK_CONTACT", "contacted IP by 6 diff numbers"),
        ("STALK_TURN_UP", "turned up at her work at the Co-op Dale St twice"),
        ("STALK_PROPERTY", "left a card on her car"),
        ("RACIAL_HOSTILITY", "'paki whore'"),
        ("STALK_WATCH", "'I see you every day'"),
        ("SERIOUS_IMPACT", "transferred to the Bolton branch and changed her hours to avoid him"),
        ("SERIOUS_IMPACT", "her mum drives her in"),
    ],
)

case(
    10, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="s",
    pattern="two_incidents_months_apart_reconciled", relationship="partner", occasions=2,
    text="""\
NFA - OIC DC ABBOTT. Two incidents reported by IP Chantelle RIGBY re p/ner Dean MOSS: verbal abuse 02/01 (called her 'useless slag' during argument) and further argument 14/06. IP confirms they got back together in Feb and lived together Feb-June. No contact since 14/06. Not a course of conduct. Advice given.""",
    spans=[
        ("UNWANTED", "called her 'useless slag' during argument"),
    ],
)

case(
    11, "stalking", "CS",
    voice="third_party", case="lower", noise="typos", batch="s",
    pattern="gifts_and_notes_no_fear", relationship="neighbour", occasions=5,
    text="""\
email from housing officer (Jade, Northgate Homes) forwarded to police inbox: hi, reporting on behalf of our tenant mr tomasz zielinski flat 3 ashcroft court. the man in flat 6 (gerald) has been leaving things outside his door since august - flowers, a birthday card (its not his birthday), a tin of biscuits with a note saying 'i watch you come home every night, you look tired'. mr z has asked him to stop twice. last week gerald was sitting on the stairs outside flat 3 at 1am. mr z says he isnt frightened, gerald is 70ish and frail, but he finds it 'creepy' and wants it to stop. can someone have a word pls. thanks jade""",
    spans=[
        ("STALK_GIFTS", "leaving things outside his door since august"),
        ("STALK_WATCH", "'i watch you come home every night, you look tired'"),
        ("UNWANTED", "mr z has asked him to stop twice"),
        ("STALK_LOITER", "sitting on the stairs outside flat 3 at 1am"),
        ("DISTRESS", "he finds it 'creepy'"),
    ],
)

case(
    12, "harassment", "CD",
    voice="victim_diary", case="inconsistent", noise="typos", batch="s",
    pattern="abusive_messages_about_debt_victim_upset", relationship="acquaintance", occasions=5,
    text="""\
Mon 3rd - Shaun texted again about the £400, called me a thieving cow and said hes telling everyone at the club im a scrounger.
Weds - 3 voicemails one after the other, shouting, swearing. i didnt pick up.
fri - posted on the darts club facebook page that i dont pay my debts. Everyone has seen it. I stoped going to the club on thursdays, cant face it.
sat - another text 'pay up u tramp'. Im not scared of shaun hes all mouth but i cried most of the afternoon. I DID pay him back in march, I have the bank statement.""",
    spans=[
        ("UNWANTED", "called me a thieving cow"),
        ("REPETITION", "3 voicemails one after the other"),
        ("UNWANTED", "posted on the darts club facebook page that i dont pay my debts"),
        ("SERIOUS_IMPACT", "I stoped going to the club on thursdays"),
        ("UNWANTED", "'pay up u tramp'"),
        ("DISTRESS", "i cried most of the afternoon"),
    ],
)

case(
    13, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="mixed", noise="heavy", batch="s",
    pattern="ex_partner_follows_fear_twice", relationship="ex_partner", occasions=3,
    text="""\
0041 RP Nadia BEGUM stating ex p/ner Jason KELLY outside her addr again now, 2nd time tonight, banging on window. RP cryin, says shes terrified hes going to hurt her 'like last time'. susp folowed her home from bus stop at 2130 - she ran in. RP states he followed her last Sat too + she hid in the kebab shop till he went coz she thought he'd batter her. Susp has NMO 22/09 - no contact. THRIVE high, G1. Units dispatched, PS 1187 aware.""",
    spans=[
        ("STALK_TURN_UP", "outside her addr again now, 2nd time tonight, banging on window"),
        ("FEAR_OF_VIOLENCE", "says shes terrified hes going to hurt her"),
        ("STALK_FOLLOW", "susp folowed her home from bus stop at 2130"),
        ("STALK_FOLLOW", "he followed her last Sat too"),
        ("FEAR_OF_VIOLENCE", "she thought he'd batter her"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CF",
    voice="notebook", case="mixed", noise="abbrev", batch="s",
    pattern="landlord_threats_tenant_fear_twice", relationship="landlord", occasions=2,
    text="""\
1910 14/08 att 22a Garnet St re tenant/landlord. Spoke IP Oliver NDLOVU. States landlord Terry CLOUGH attended 12/08 re rent arrears and said 'if your not out by Friday I'll break your legs'. IP: 'I believed him, he's a big lad, I barricaded the door that night.' Today 1800 CLOUGH returned, kicked door, shouted 'Friday, I meant it'. IP v frightened, thought he was going to be beaten, rang 999. Advised re illegal eviction - Housing Options ref. Susp not present on arr.""",
    spans=[
        ("THREAT_VIOLENCE", "'if your not out by Friday I'll break your legs'"),
        ("FEAR_OF_VIOLENCE", "I believed him"),
        ("FEAR_OF_VIOLENCE", "I barricaded the door that night"),
        ("THREAT_VIOLENCE", "shouted 'Friday, I meant it'"),
        ("FEAR_OF_VIOLENCE", "thought he was going to be beaten"),
    ],
)

case(
    15, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="s",
    pattern="fake_profile_religious_hostility", relationship="online", occasions=4,
    text="""\
IP [REDACTED] (Sikh, 31) reports an unknown person has set up a Facebook profile using her photos and name, posting comments as if from her mocking the gurdwara and calling Sikhs 'terrorist turban heads'. Account has also sent friend requests to her colleagues at XXXX. When she blocked it a second profile appeared within 2 days, and a third last week. Messages from the profiles to IP reference where she was at the weekend (Sainsbury's XXXX Rd, her brother's house). IP thinks it may be ex-colleague [REDACTED], no evidence. IP 'sick of it' but has not changed anything. Screenshots obtained, exhibit AB/1-12.""",
    spans=[
        ("STALK_PUBLISH", "set up a Facebook profile using her photos and name"),
        ("RELIGIOUS_HOSTILITY", "mocking the gurdwara and calling Sikhs 'terrorist turban heads'"),
        ("STALK_CONTACT", "sent friend requests to her colleagues"),
        ("REPETITION", "a second profile appeared within 2 days, and a third last week"),
        ("STALK_MONITOR", "reference where she was at the weekend"),
    ],
)

case(
    16, "aggravated_harassment", "CR",
    voice="notebook", case="lower", noise="abbrev", batch="s",
    pattern="shop_abuse_repeat_visits", relationship="business", occasions=3,
    text="""\
1120 spoke w/ ip mr ravi chandran, owner of chandran news 41 high st. male (known locally as 'Griff') has come in 3x this wk, each time shouting 'f*** off back to india' and knocking crisps off shelf. ip says not scared, just wants him barred.""",
    spans=[
        ("REPETITION", "3x this wk"),
        ("RACIAL_HOSTILITY", "'f*** off back to india'"),
        ("UNWANTED", "knocking crisps off shelf"),
    ],
)

case(
    17, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="s",
    pattern="monitoring_location_ex_partner", relationship="ex_partner", occasions=3,
    text="""\
15/02 0930 DC LEE: IP Rebecca O'HARA attended front counter with phone. Found Apple AirTag taped inside rear bumper of her Fiesta after phone alerted 'unknown tracker moving with you'. IP states only ex-h Paul O'HARA has had access to car (shared till Nov).
15/02 1140: IP forwarded texts from Paul sent 09/02 and 12/02 referring to her being 'at the gym in Chorley' and 'nice meal at Zizzi's' - places she hadn't told him about. IP says she is 'gobsmacked' rather than scared, has not changed her routine, still working. Tag exhibited RL/3. Susp to be interviewed.""",
    spans=[
        ("STALK_MONITOR", "Found Apple AirTag taped inside rear bumper of her Fiesta"),
        ("STALK_MONITOR", "referring to her being 'at the gym in Chorley' and 'nice meal at Zizzi's'"),
    ],
)

case(
    18, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="s",
    pattern="lawful_debt_collection", relationship="business", occasions=6,
    text="""\
Caller Mr Desmond Achterberg reports he is being harassed by Lowther Recovery Ltd, who have written to him six times since September and phoned twice regarding an outstanding council tax debt of £1,140 passed to them by the council. Letters viewed - standard enforcement notices, polite in tone, no threats. Mr Achterberg accepts the debt is his but says the calls are 'stressing him out'. Advised this is a civil matter, signposted to StepChange and Citizens Advice. No crime.""",
    spans=[
        ("DISTRESS", "the calls are 'stressing him out'"),
    ],
)

case(
    19, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="statement", case="mixed", noise="clean", batch="s",
    pattern="stranger_fixated_racial_fear_twice", relationship="stranger", occasions=4,
    text="""\
I am a practice nurse at the Westfield surgery. Since the beginning of October a man I now know as Darren Pickup has been waiting outside the surgery at closing time. The first time was 2nd October. He said 'you lot are taking our jobs, Polish bitch' and followed me to the bus stop. I was really frightened that day, I thought he was going to push me into the road. He was there again on the 9th and 16th, just standing by the railings watching the door. On the 21st he followed me onto the bus and sat behind me and said 'I know where you get off'. I got off two stops early and rang my husband, shaking. I was sure he was going to attack me. Since then I have been getting a taxi home, which costs me about £60 a week, and I have asked to move to the morning clinics.""",
    spans=[
        ("STALK_LOITER", "waiting outside the surgery at closing time"),
        ("RACIAL_HOSTILITY", "'you lot are taking our jobs, Polish bitch'"),
        ("STALK_FOLLOW", "followed me to the bus stop"),
        ("FEAR_OF_VIOLENCE", "I thought he was going to push me into the road"),
        ("STALK_WATCH", "standing by the railings watching the door"),
        ("STALK_FOLLOW", "followed me onto the bus and sat behind me"),
        ("FIXATION", "'I know where you get off'"),
        ("FEAR_OF_VIOLENCE", "I was sure he was going to attack me"),
        ("SERIOUS_IMPACT", "getting a taxi home, which costs me about £60 a week"),
        ("SERIOUS_IMPACT", "asked to move to the morning clinics"),
    ],
)

case(
    20, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="heavy", batch="s",
    pattern="neighbour_racist_threats_fear_twice", relationship="neighbour", occasions=3,
    text="""\
1732 RP ABDIRAHMAN FARAH 9 LIME GRV. NEIGHBOUR NO 11 (PAUL NAYLOR) OVER FENCE AGAIN SHOUTIN 'BLACK B****** GET OUT OR I'LL BURN U OUT'. RP SAYS SAME THING SUN AND HE SAT UP ALL NIGHT WITH FIRE EXTINGUISHER, THOUGHT HE WOULD DO IT. TONIGHT RP AFRAID FOR HIS SAFTEY, THINKS NAYLOR WILL COME ROUND. NO WEAPONS SEEN. PREV CAD 1466 12/06. G2.""",
    spans=[
        ("RACIAL_HOSTILITY", "'BLACK B****** GET OUT"),
        ("THREAT_VIOLENCE", "OR I'LL BURN U OUT'"),
        ("REPETITION", "SAME THING SUN"),
        ("FEAR_OF_VIOLENCE", "SAT UP ALL NIGHT WITH FIRE EXTINGUISHER, THOUGHT HE WOULD DO IT"),
        ("FEAR_OF_VIOLENCE", "RP AFRAID FOR HIS SAFTEY, THINKS NAYLOR WILL COME ROUND"),
    ],
)

case(
    21, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="s",
    pattern="threats_to_brother_not_to_victim", relationship="family", occasions=4,
    text="""\
IP Louise FAIRCLOUGH reports her cousin susp Kyle FAIRCLOUGH has sent her 4 voice notes on Snapchat since Fri re family inheritance row, saying he's going to 'do' her brother Aaron and 'put him in a wheelchair'. IP is clear Kyle would never touch her and she's not worried for herself, but she is upset and says the messages are 'vile'. Aaron lives in Glasgow, informed via Police Scotland. Susp also called IP a 'grasping bitch' in one of the notes. Voice notes downloaded.""",
    spans=[
        ("REPETITION", "sent her 4 voice notes on Snapchat since Fri"),
        ("THREAT_VIOLENCE", "'put him in a wheelchair'"),
        ("DISTRESS", "she is upset and says the messages are 'vile'"),
        ("UNWANTED", "called IP a 'grasping bitch'"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="mo_field", case="mixed", noise="abbrev", batch="s",
    pattern="online_fixation_victim_quits_job", relationship="online", occasions=8,
    text="""\
Susp (met IP via gaming forum) msgs IP daily across 5 platforms despite blocks, sent pics of IP's workplace, IP has left her job and deleted all social media. No threats.""",
    spans=[
        ("STALK_CONTACT", "msgs IP daily across 5 platforms despite blocks"),
        ("STALK_WATCH", "sent pics of IP's workplace"),
        ("SERIOUS_IMPACT", "IP has left her job and deleted all social media"),
    ],
)

case(
    23, "harassment_fear_of_violence", "CF",
    voice="judgment", case="mixed", noise="clean", batch="s",
    pattern="appeal_retelling_two_fear_occasions", relationship="colleague", occasions=2,
    text="""\
The appellant and the complainant, Mr Okonkwo, worked at the same depot. On 3 May, after a dispute about overtime, the appellant told him in the canteen that he would 'stab him in the car park'. The complainant gave evidence, which the judge accepted, that he genuinely believed he would be stabbed and left work by the rear gate. On 10 May the appellant approached him at the clocking-in machine and said, 'Tonight, in the car park.' The complainant again feared that he would be attacked and asked a colleague to stay with him until his wife collected him. The two incidents were a week apart, arose from the same grievance and were plainly connected.""",
    spans=[
        ("THREAT_VIOLENCE", "he would 'stab him in the car park'"),
        ("FEAR_OF_VIOLENCE", "he genuinely believed he would be stabbed"),
        ("THREAT_VIOLENCE", "'Tonight, in the car park.'"),
        ("FEAR_OF_VIOLENCE", "again feared that he would be attacked"),
    ],
)

case(
    24, "stalking", "CS",
    voice="call_log", case="mixed", noise="abbrev", batch="s",
    pattern="ex_partner_pleading_via_friends", relationship="ex_partner", occasions=10,
    text="""\
RP Ellie MARSDEN, ex bf Josh TURNER won't accept its over (split 3 wks ago). 40+ msgs, RP blocked him, now he gets his mates to msg her saying 'Josh just wants to talk, he's a mess'. Left flowers on her doorstep Tues. RP not scared, just wants words of advice given to him. Not DA risk per RP.""",
    spans=[
        ("FIXATION", "won't accept its over"),
        ("REPETITION", "40+ msgs"),
        ("STALK_CONTACT", "gets his mates to msg her saying 'Josh just wants to talk, he's a mess'"),
        ("STALK_GIFTS", "Left flowers on her doorstep Tues"),
    ],
)

case(
    25, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="s",
    pattern="mutual_row_neighbours", relationship="neighbour", occasions=3,
    text="""\
03/09 PC 1102: Att 4 & 6 Heather Bank. Both parties (Mrs Joan PRATT no.4, Mr Adil RANA no.6) making counter allegations re hedge and CCTV camera angle. Mrs PRATT says RANA called her a 'nosey old witch'; RANA shows phone vid of PRATT swearing at him and giving him the finger. Both admit shouting at each other over the fence 'a few times this summer'. Neither alleges threats. Neither wants to make a statement.
04/09 PS 77: Mutual civil dispute, mediation referral to council ASB team. No crime.""",
    spans=[],
)

case(
    26, "aggravated_harassment", "CDR",
    voice="vps", case="mixed", noise="clean", batch="s",
    pattern="antisemitic_messages_issue_distress", relationship="business", occasions=5,
    text="""\
Since my review of his restaurant was published, Mr Carvell has sent me five emails. They are about the review, but every one of them brings my religion into it. He called me a 'money-grabbing Jew' and wrote that people like me 'control the press'. I have never been afraid he would hurt me, he is in Devon and I am in Manchester. But I have found it deeply upsetting. I took four days off work after the third email because I couldn't concentrate, and I have stopped writing reviews under my own name.""",
    spans=[
        ("REPETITION", "has sent me five emails"),
        ("RELIGIOUS_HOSTILITY", "'money-grabbing Jew'"),
        ("RELIGIOUS_HOSTILITY", "people like me 'control the press'"),
        ("DISTRESS", "I have found it deeply upsetting"),
        ("SERIOUS_IMPACT", "I took four days off work after the third email"),
        ("SERIOUS_IMPACT", "stopped writing reviews under my own name"),
    ],
)

case(
    27, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="typos", batch="s",
    pattern="ex_partner_loiters_religious_slurs", relationship="ex_partner", occasions=4,
    text="""\
DASH - standard. IP Aisha RAHMAN, seperated from susp Craig BENNETT June. Susp has sat outside IP's mums house on Thornley Ave in his car 3 times in last 2 wks, and once came to the door and said 'go on then, run back to your mosque, you'll be back'. Also sent msg calling her 'Allahs little slag'. IP answers No to is she frightened, 'hes pathetic'. Has not changed anything. No children. Advice re NMO.""",
    spans=[
        ("STALK_LOITER", "sat outside IP's mums house on Thornley Ave in his car"),
        ("REPETITION", "3 times in last 2 wks"),
        ("STALK_TURN_UP", "once came to the door"),
        ("RELIGIOUS_HOSTILITY", "'go on then, run back to your mosque"),
        ("FIXATION", "you'll be back'"),
        ("RELIGIOUS_HOSTILITY", "'Allahs little slag'"),
    ],
)

case(
    28, "stalking_fear_alarm_distress", "CSFD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="s",
    pattern="acquaintance_escalates_fear_and_security", relationship="acquaintance", occasions=6,
    text="""\
IP Megan STOTT (19) met susp Bradley HOLT once at a party in April. Since then susp has messaged IP constantly, found her on 3 different accounts after blocks, and turned up at the McDonald's where she works on 4 occasions ordering and sitting watching her. Msgs have got worse - 14/05 'if I can't have you no one will', 20/05 'I'll be waiting after your shift, you'll see'. IP says after each of those msgs she genuinely thought he would attack her on the walk home. IP's dad has now fitted a Ring doorbell and she is only working day shifts. Susp PNC - prev for ABH 2021.""",
    spans=[
        ("STALK_CONTACT", "messaged IP constantly, found her on 3 different accounts after blocks"),
        ("STALK_TURN_UP", "turned up at the McDonald's where she works"),
        ("REPETITION", "on 4 occasions"),
        ("STALK_WATCH", "sitting watching her"),
        ("ESCALATION", "Msgs have got worse"),
        ("THREAT_VIOLENCE", "'if I can't have you no one will'"),
        ("THREAT_VIOLENCE", "'I'll be waiting after your shift, you'll see'"),
        ("FEAR_OF_VIOLENCE", "after each of those msgs she genuinely thought he would attack her"),
        ("SERIOUS_IMPACT", "fitted a Ring doorbell"),
        ("SERIOUS_IMPACT", "only working day shifts"),
    ],
)

case(
    29, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="updates", case="inconsistent", noise="heavy", batch="s",
    pattern="stranger_watches_home_racist_fear", relationship="stranger", occasions=4,
    text="""\
UPD 1 02/12 pc 3310 - ip mr Jun CHEN (takeaway owner) reports male watching his home addr 18 Pendle View from bus shelter opp, 3 nights running. Male shouted 'chinky virus go home' when IP came out.
UPD 2 04/12 pc 3310 - Male now photographing ip's kids getting in car. IP says 'he is going to hurt me, I know it' - v frightnd.
upd 3 06/12 PS HUGHES - IP rang again 2300, male at window of takeaway pointing at IP and drawing finger across throat. IP again in fear he'll be attacked on way home, staff now lock up with him. Pls expedite, susp ID'd via CCTV as Lee DAWSON.""",
    spans=[
        ("STALK_WATCH", "male watching his home addr 18 Pendle View from bus shelter opp"),
        ("REPETITION", "3 nights running"),
        ("RACIAL_HOSTILITY", "'chinky virus go home'"),
        ("STALK_WATCH", "photographing ip's kids getting in car"),
        ("FEAR_OF_VIOLENCE", "'he is going to hurt me, I know it'"),
        ("THREAT_VIOLENCE", "drawing finger across throat"),
        ("FEAR_OF_VIOLENCE", "IP again in fear he'll be attacked on way home"),
    ],
)

case(
    30, "harassment_fear_of_violence", "CF",
    voice="third_party", case="mixed", noise="typos", batch="s",
    pattern="school_parent_threatens_teacher", relationship="acquaintance", occasions=2,
    text="""\
Referral from headteacher, St Columba's RC Primary: Our Year 4 teacher Miss Hollie DEAKIN has been threatened twice by a parent, Mr Stuart GRAY, about his son's detention. On Tuesday at the gate he said 'I'll knock you out next time you touch my lad'. Miss Deakin came in to the office very shaken and told me she thought he was going to hit her there and then. Yesterday he was at the gate again and said 'remember what I said'. She was in tears and said she was scared he'd go for her. We have moved her off gate duty. The school has no complaint about any other parent.""",
    spans=[
        ("THREAT_VIOLENCE", "'I'll knock you out next time you touch my lad'"),
        ("FEAR_OF_VIOLENCE", "she thought he was going to hit her there and then"),
        ("THREAT_VIOLENCE", "'remember what I said'"),
        ("FEAR_OF_VIOLENCE", "she was scared he'd go for her"),
    ],
)

case(
    31, "harassment", "C",
    voice="result_note", case="mixed", noise="abbrev", batch="s",
    pattern="work_grievance_abusive_calls", relationship="colleague", occasions=6,
    text="""\
Outcome: CRN 44/190322/24 - susp Nathan EKE (former colleague, sacked after IP's complaint) made 6 abusive calls to IP's work mobile 01-08/03 calling him a 'grass' and 'snake'. Susp interviewed, admits calls, says he was angry about losing job. No contact since 08/03. IP content with CR. Community resolution - apology letter.""",
    spans=[
        ("REPETITION", "made 6 abusive calls to IP's work mobile 01-08/03"),
        ("UNWANTED", "calling him a 'grass' and 'snake'"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="s",
    pattern="taxi_driver_racist_threats", relationship="customer", occasions=2,
    text="""\
I drive for Amber Cars. On Friday 8th I picked up a man from the Railway Tavern. He refused to pay and when I asked him for the fare he said 'I'm not paying a Paki, I'll slit your throat'. I thought he had a knife because his hand was in his jacket and I truly believed he was going to cut me. I let him go. On the Sunday I was on the rank outside the station and the same man walked up to my window, banged on it and said 'told you, Paki, you're dead'. I locked the doors and thought he was going to pull me out of the car and kill me. I have his face on my dashcam both times.""",
    spans=[
        ("RACIAL_HOSTILITY", "'I'm not paying a Paki"),
        ("THREAT_VIOLENCE", "I'll slit your throat'"),
        ("FEAR_OF_VIOLENCE", "I truly believed he was going to cut me"),
        ("RACIAL_HOSTILITY", "'told you, Paki"),
        ("THREAT_VIOLENCE", "you're dead'"),
        ("FEAR_OF_VIOLENCE", "thought he was going to pull me out of the car and kill me"),
    ],
)

case(
    33, "stalking", "CS",
    voice="notebook", case="mixed", noise="abbrev", batch="s",
    pattern="customer_fixated_on_barista", relationship="customer", occasions=5,
    text="""\
0815 att Bean There café, Corporation St. IP Freya LINDQVIST (barista). Regular cust 'Simon' (no surname) comes in every morning, sits 2-3 hrs staring at her, has written her 3 letters declaring love, asked colleagues what time she finishes. Seen by IP outside her flat once last wk. IP 'weirded out' not scared.""",
    spans=[
        ("REPETITION", "comes in every morning"),
        ("STALK_WATCH", "sits 2-3 hrs staring at her"),
        ("FIXATION", "written her 3 letters declaring love"),
        ("STALK_MONITOR", "asked colleagues what time she finishes"),
        ("STALK_LOITER", "Seen by IP outside her flat once last wk"),
        ("DISTRESS", "IP 'weirded out'"),
    ],
)

case(
    34, "no_offence", "",
    voice="crime_summary", case="mixed", noise="typos", batch="s",
    pattern="negated_single_text_after_reports", relationship="ex_partner", occasions=1,
    text="""\
IP Sophie WARBURTON called in worried after her sister told her ex p/ner Martin DYSON had been 'asking about her'. On questioning IP confirms Martin has NOT followed her, has not been to her address and has not tried to call. He sent one text on 11/04 saying 'hope your ok, take care' and nothing since. IP says she just wanted it logged incase. No offences disclosed, safety advice given, DASH std.""",
    spans=[
        ("STALK_CONTACT", "sent one text on 11/04 saying 'hope your ok, take care'"),
    ],
)

case(
    35, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="s",
    pattern="ex_monitors_phone_victim_changes_life", relationship="ex_partner", occasions=5,
    text="""\
week 1 - lee knew i'd been to mums on tuesday. he must of been in my icloud still.
week 2 - changed password. he messaged from a new number 'nice try babe'. knew who i'd been texting.
week 3 - drove past work twice, slow.
week 4 - ive moved phone network, new number, new car. i havent been to the gym in a month, i leave work by the back door. i dont think he'd hurt me he never has. i just cant sleep.""",
    spans=[
        ("STALK_MONITOR", "lee knew i'd been to mums on tuesday"),
        ("STALK_MONITOR", "he must of been in my icloud still"),
        ("STALK_CONTACT", "messaged from a new number 'nice try babe'"),
        ("STALK_MONITOR", "knew who i'd been texting"),
        ("STALK_WATCH", "drove past work twice, slow"),
        ("SERIOUS_IMPACT", "ive moved phone network, new number, new car"),
        ("SERIOUS_IMPACT", "i havent been to the gym in a month"),
        ("SERIOUS_IMPACT", "i leave work by the back door"),
        ("DISTRESS", "i just cant sleep"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="s",
    pattern="online_fixation_nationality_hostility", relationship="online", occasions=6,
    text="""\
20/01 DC OKAFOR: IP Dariusz KOWALCZYK (Polish national) reports X account @truebrit_lad has replied to every post he has made since Xmas (approx 50) calling him 'eastern euro parasite', and has posted screenshots of IP's family photos with captions. Blocked 3 times, new accounts appear.
22/01: IP says he 'laughs it off' but wants it stopped. No change to routine. Comms data app to be submitted.""",
    spans=[
        ("FIXATION", "replied to every post he has made since Xmas (approx 50)"),
        ("RACIAL_HOSTILITY", "'eastern euro parasite'"),
        ("STALK_PUBLISH", "posted screenshots of IP's family photos with captions"),
        ("REPETITION", "Blocked 3 times, new accounts appear"),
    ],
)

case(
    37, "aggravated_harassment", "CR",
    voice="supervisor_review", case="mixed", noise="clean", batch="s",
    pattern="supervisor_says_stalking_facts_harassment", relationship="neighbour", occasions=3,
    text="""\
Supervisor review: OIC has recorded this as stalking. Having read the file I don't agree. Mr Hendry's three letters to the victim, Mrs Gurung, are all about her extension and the planning application. They are abusive and call her a 'Nepali immigrant who should go back up her mountain', which demonstrates racial hostility. There is no following, watching or fixation on Mrs Gurung herself. Victim is angry, not frightened. Amend classification accordingly and update victim.""",
    spans=[
        ("REPETITION", "three letters to the victim"),
        ("RACIAL_HOSTILITY", "'Nepali immigrant who should go back up her mountain'"),
    ],
)

case(
    38, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="clean", batch="s",
    pattern="brother_in_law_threats_fear_and_moves", relationship="family", occasions=3,
    text="""\
My brother-in-law Connor Reilly has never forgiven me for the divorce from his sister. At my mum's 60th on 2nd August he pinned me against the wall in the garden and said he would 'sort me out properly' next time. I believed he meant it and I was frightened he would hurt me. On 14th August he rang and said 'you're a dead man walking'. I was terrified he would come round and beat me up. I now stay at my mate's in Wigan most nights and have had an alarm fitted. He has not contacted me since the 14th.""",
    spans=[
        ("THREAT_VIOLENCE", "he would 'sort me out properly' next time"),
        ("FEAR_OF_VIOLENCE", "I was frightened he would hurt me"),
        ("THREAT_VIOLENCE", "'you're a dead man walking'"),
        ("FEAR_OF_VIOLENCE", "I was terrified he would come round and beat me up"),
        ("SERIOUS_IMPACT", "I now stay at my mate's in Wigan most nights"),
        ("SERIOUS_IMPACT", "have had an alarm fitted"),
    ],
)

case(
    39, "harassment", "C",
    voice="call_log", case="lower", noise="heavy", batch="s",
    pattern="three_voicemails_minutes_apart", relationship="customer", occasions=3,
    text="""\
1602 rp owner of m&p plumbing Peter MULLEN, cust unhappy w/ boiler job left 3 v/mails 1540-1548 calling rp 'f***ing cowboy' 'con man' 'useless prick'. no threats. rp not scared, wants advice. cust name Gail SHORE. adv given re civil.""",
    spans=[
        ("REPETITION", "left 3 v/mails 1540-1548"),
        ("UNWANTED", "'f***ing cowboy' 'con man' 'useless prick'"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="redacted", batch="s",
    pattern="hijab_wearing_woman_followed_stops_going_out", relationship="stranger", occasions=4,
    text="""\
IP [REDACTED] (28) wears a hijab. Reports that over 3 wks an unknown W/M has followed her from XXXX mosque to her home on four occasions, on one occasion saying 'take that rag off your head'. Has also been seen standing at the end of her road on [REDACTED]. IP does not say she is in fear of violence. She has stopped attending Friday prayers, no longer walks alone and her husband has had CCTV installed. GP prescribed sleeping tablets.""",
    spans=[
        ("STALK_FOLLOW", "followed her from XXXX mosque to her home"),
        ("REPETITION", "on four occasions"),
        ("RELIGIOUS_HOSTILITY", "'take that rag off your head'"),
        ("STALK_LOITER", "standing at the end of her road"),
        ("SERIOUS_IMPACT", "stopped attending Friday prayers"),
        ("SERIOUS_IMPACT", "no longer walks alone"),
        ("SERIOUS_IMPACT", "her husband has had CCTV installed"),
        ("SERIOUS_IMPACT", "GP prescribed sleeping tablets"),
    ],
)

case(
    41, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="s",
    pattern="reviewer_says_harassment_but_property_interference", relationship="ex_partner", occasions=4,
    text="""\
PS 4012 review: OIC has this as harassment s.2. Reviewing - ex-p/ner Gavin PHIPPS has let down IP's tyres x2, put a note through door 'still thinking about us', and rang her mum asking where IP was living. IP Lorna McBRIDE unhappy but not fearful; no changes to routine. Leave as is pending interview.""",
    spans=[
        ("STALK_PROPERTY", "let down IP's tyres x2"),
        ("FIXATION", "'still thinking about us'"),
        ("STALK_CONTACT", "rang her mum asking where IP was living"),
    ],
)

case(
    42, "no_offence", "",
    voice="notebook", case="mixed", noise="abbrev", batch="s",
    pattern="single_racist_remark_street", relationship="stranger", occasions=1,
    text="""\
1345 Spoke w/ IP Grace MENSAH outside Aldi, Stanley Rd. Male on bike rode past and shouted 'go home monkey' then rode off twrds park. IP upset. No prev incidents, never seen male before. Area search neg. PO s.5 R/A crime to be raised.""",
    spans=[
        ("RACIAL_HOSTILITY", "'go home monkey'"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    43, "stalking_fear_alarm_distress", "CSF",
    voice="judgment", case="mixed", noise="clean", batch="s",
    pattern="sentencing_remarks_fear_twice", relationship="ex_partner", occasions=5,
    text="""\
You and Ms Danquah separated in the autumn. You could not accept it. Over the following six weeks you went to her flat on five occasions, the last two in the early hours. On the first of those night visits you kicked the door and shouted that you would kill her if she did not let you in; she told the officer she thought you were going to break in and kill her. Three nights later you returned and stood under her window with a hammer. She hid in the bathroom with her phone, convinced that you would get in and hurt her. It is right that she has continued to go to work, but the fear you caused her was real and repeated.""",
    spans=[
        ("FIXATION", "You could not accept it"),
        ("STALK_TURN_UP", "went to her flat on five occasions"),
        ("THREAT_VIOLENCE", "shouted that you would kill her if she did not let you in"),
        ("FEAR_OF_VIOLENCE", "she thought you were going to break in and kill her"),
        ("STALK_LOITER", "stood under her window with a hammer"),
        ("FEAR_OF_VIOLENCE", "convinced that you would get in and hurt her"),
    ],
)

case(
    44, "aggravated_harassment_fear_of_violence", "CFR",
    voice="mo_field", case="upper", noise="abbrev", batch="s",
    pattern="irish_slurs_threats_pub", relationship="acquaintance", occasions=2,
    text="""\
SUSP IN PUB ON 2 OCCS (12/03, 17/03) CALLED IP 'THICK IRISH P***' AND THREATENED TO GLASS HIM. IP FEARED HE WOULD BE GLASSED BOTH TIMES AND LEFT PUB.""",
    spans=[
        ("REPETITION", "ON 2 OCCS"),
        ("RACIAL_HOSTILITY", "'THICK IRISH P***'"),
        ("THREAT_VIOLENCE", "THREATENED TO GLASS HIM"),
        ("FEAR_OF_VIOLENCE", "IP FEARED HE WOULD BE GLASSED BOTH TIMES"),
    ],
)
