# ruff: noqa: E501
"""Hand-written narratives, writer ub: domestic abuse unit records about former and current partners."""

from corpora.handwritten import case

case(
    1, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="ub",
    pattern="ex_partner_one_threat_at_child_handover_single_incident", relationship="ex_partner", occasions=1,
    text="""\
1712 CALLER IS IP. SAYS HANDOVER OF THE 2 KIDS AT MCDONALDS CAR PARK FENWICK RD WENT WRONG. EX PARTNER (RYAN COLLIER) WAS WAITING WHEN SHE GOT THERE 20 MINS LATE DUE TO ROADWORKS ON THE BYPASS. HE SHOUTED AT HER IN FRONT OF THE KIDS AND SAID 'DO THAT TO ME AGAIN AND I'LL KNOCK YOU SPARK OUT'. THEN TOOK THE KIDS AND DROVE OFF AS PER THE ORDER. IP SAYS CONTACT HAS GONE FINE SINCE THE COURT ORDER IN FEB, NO MSGS, NO CALLS, NOTHING LIKE THIS BEFORE. SHE IS SHAKEN UP. 1720 DASH STANDARD. OFFICERS TO ATTEND IN NEXT 24 HRS FOR STATEMENT - S4 POA TO CONSIDER.""",
    spans=[
        ("THREAT_VIOLENCE", "I'LL KNOCK YOU SPARK OUT"),
        ("DISTRESS", "SHE IS SHAKEN UP"),
    ],
)

case(
    2, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="ub",
    pattern="ex_partner_two_incidents_six_months_apart_reconciled_between", relationship="ex_partner", occasions=2,
    text="""\
Reported by the IP's mother as "stalking". On review the facts are these. IP Kerry-Ann Dobbs and SUSP Liam Pryce were together four years. In March, when they first split, he smashed the wing mirror of her Corsa outside her flat on Lyndhurst Close; that was reported at the time and filed when the IP withdrew. They got back together in April and lived together at his address over the summer. They separated again at the end of September. On 3 October he rang her once and called her a "lying tart" and said she would regret leaving. Nothing since - he has moved to Swindon for a job. IP says she is not scared of him and only wanted a record kept. Two incidents six months apart with a reconciliation in between: not a course of conduct. The phone call alone does not reach the threshold for malicious communications. NFA, DA warning markers updated, safeguarding advice given to IP and her mother.""",
    spans=[
        ("STALK_PROPERTY", "he smashed the wing mirror of her Corsa"),
        ("STALK_CONTACT", "rang her once and called her a \"lying tart\""),
    ],
)

case(
    3, "no_offence", "",
    voice="updates", case="lower", noise="typos", batch="ub",
    pattern="partners_mutual_text_row_over_bill_counter_allegations", relationship="partner", occasions=1,
    text="""\
update 14/11 pc 4471. spoke to both partys re the counter allegations. they are partners of 2 yrs, live seperately. on sat night (11th) they had a row by text about money for the electric on her flat, which he had said he would go halves on. i have seen both phones. between 2210 and 2340 both of them sent abusive msgs to each other - she calls him a tight useless prick, he calls her a grabbing cow, both say they are done, then both say sorry just after midnight. no threats by either. she rang it in next morning as harrassment and he rang in the same afternoon to report her. no contact between them since and both say they just want the other one to leave them alone. this is one argument going both ways, not a course of conduct by either of them. words of advice to both, dash standard both, nfa on both reports. oic to close.""",
    spans=[],
)

case(
    4, "no_offence", "R",
    voice="notebook", case="mixed", noise="abbrev", batch="ub",
    pattern="ex_partners_new_girlfriend_single_racist_shout_in_supermarket", relationship="acquaintance", occasions=1,
    text="""\
1315 22/08. Att Tesco Extra, Harbour Way re report from IP Amara OSEI (31). IP loading shopping into car when ex-partner's new gf (named by IP as Chelsea WARD) walked past w/ trolley, recognised her & shouted "go back to Africa you black bitch, he's mine now". Ward then got into silver Fiesta & left. IP has never spoken to Ward before, no msgs, no calls, no contact at all. Ex (father of her son) not involved & not present. One off. IP upset, was crying in car park when I arrived. CCTV req from store, duty mgr Paul, retained 30 days. Racially agg s.5 POA to be recorded, not harassment - single incident. Ward TBI.""",
    spans=[
        ("RACIAL_HOSTILITY", "go back to Africa you black bitch"),
        ("DISTRESS", "IP upset, was crying in car park"),
    ],
)

case(
    5, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="ub",
    pattern="ex_partner_demands_car_loan_money_one_threat_in_course", relationship="ex_partner", occasions=5,
    text="""\
I was with Darren Hollis for six years and we split up in June. We had a joint loan with Santander for the car, which I kept. Since the middle of July Darren has been messaging me about the money almost every day. He says I owe him £3,400 for his half of the car and the payments he made. The messages are things like "pay up you thieving slag" and "I want what's mine or I'll see you in court". On the 2nd of August he phoned me eleven times in one evening, every call about the money. On the 9th of August he sent a text saying "if I don't get that money by Friday I'll break your jaw". He has not said anything like that before or since. He has never come to my house, he doesn't ask who I'm seeing, he's never talked about getting back together. It is only ever the car and the money. I blocked him on WhatsApp and he started texting from his work phone instead. It is getting me down and I'm not sleeping well. I have been to Citizens Advice about the loan and I just want the messages to stop.""",
    spans=[
        ("REPETITION", "Since the middle of July"),
        ("STALK_CONTACT", "messaging me about the money"),
        ("REPETITION", "almost every day"),
        ("STALK_CONTACT", "\"pay up you thieving slag\""),
        ("STALK_CONTACT", "he phoned me eleven times in one evening"),
        ("THREAT_VIOLENCE", "I'll break your jaw"),
        ("STALK_CONTACT", "he started texting from his work phone instead"),
        ("DISTRESS", "It is getting me down and I'm not sleeping well"),
    ],
)

case(
    6, "harassment", "C",
    voice="mo_field", case="mixed", noise="heavy", batch="ub",
    pattern="exs_new_partner_disability_abuse_messages_over_contact", relationship="acquaintance", occasions=4,
    text="""\
MO - susp (ex's new ptnr) has sent IP approx 15 msgs via FB msgr + txt over 3 wks re contact w/ IP's dau. calls IP a "spastic" & "retarded cripple" (IP has CP). no threats. IP fed up w/ it.""",
    spans=[
        ("STALK_CONTACT", "has sent IP approx 15 msgs via FB msgr + txt"),
        ("REPETITION", "over 3 wks"),
        ("STALK_CONTACT", "calls IP a \"spastic\" & \"retarded cripple\""),
        ("DISTRESS", "IP fed up w/ it"),
    ],
)

case(
    7, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="ub",
    pattern="ex_husband_photographs_jointly_owned_house_for_finance_hearing", relationship="ex_partner", occasions=4,
    text="""\
Summary: IP (Nadia FRY) & SUSP (Gareth FRY) separated Jan, divorce ongoing. Former matrimonial home, 27 Orchard Rise, is jointly owned; SUSP wants it sold, IP still lives there w/ the 2 children. SUSP's solicitor has written to IP 3 times about the sale - those letters are legitimate & not part of this report. Between 4th and 20th May SUSP has parked across the road on at least four evenings and taken photos of the house & of IP's friend's car on the drive. On 20/05 he texted IP "I know he's living there, you're paying my mortgage with him in it, the judge will hear about this". He has told IP's sister he is "gathering evidence" for the finance hearing. No threats, no msgs other than about the house, no approach to IP in person, no interest in the relationship. IP finds it intimidating & says she feels watched in her own home, but routine unchanged. Issue-based (property) - harassment not stalking. SUSP to be interviewed VA.""",
    spans=[
        ("REPETITION", "Between 4th and 20th May"),
        ("STALK_LOITER", "parked across the road"),
        ("REPETITION", "on at least four evenings"),
        ("STALK_WATCH", "taken photos of the house & of IP's friend's car on the drive"),
        ("STALK_CONTACT", "he texted IP"),
        ("DISTRESS", "she feels watched in her own home"),
    ],
)

case(
    8, "harassment", "CD",
    voice="dash_note", case="mixed", noise="typos", batch="ub",
    pattern="ex_partner_school_gate_rows_over_contact_victim_changes_pickups", relationship="ex_partner", occasions=6,
    text="""\
DASH done 19/03 with IP. Seperated 18 months. Child arrangements order in place, SUSP has the kids alternate weekends. Over the last month SUSP has turned up at St Cuthbert's primary at home time 3 times and shouted at IP in the playgound that she is stopping him seeing the kids, calling her a "vindictive bitch" in front of the other parents. Also sending msgs every day about swapping weekends, the kids school shoes, what they eat at hers etc. IP says he has never threatend her and it is all about the kids and contact - he has a new partner and a baby and isnt interested in her. IP has now arranged for her mum to do all the school pick ups and has moved the handovers to the contact centre on Brook St so she doesnt have to see him. Distressed and tearful throughout. Most DASH answers no. Medium. IDVA referral offered - declined.""",
    spans=[
        ("REPETITION", "Over the last month"),
        ("STALK_TURN_UP", "turned up at St Cuthbert's primary at home time"),
        ("REPETITION", "3 times"),
        ("STALK_CONTACT", "calling her a \"vindictive bitch\" in front of the other parents"),
        ("STALK_CONTACT", "sending msgs"),
        ("REPETITION", "every day"),
        ("SERIOUS_IMPACT", "arranged for her mum to do all the school pick ups"),
        ("SERIOUS_IMPACT", "moved the handovers to the contact centre on Brook St"),
        ("DISTRESS", "Distressed and tearful throughout"),
    ],
)

case(
    9, "harassment", "C",
    voice="call_log", case="lower", noise="abbrev", batch="ub",
    pattern="grandmother_three_abusive_voicemails_in_minutes_over_grandchildren", relationship="family", occasions=3,
    text="""\
2131 caller ip mrs hollins. states she has had 3 voicemails from her ex's mum (the kids' nan) tonight, left between 2114 and 2122. ip played them on speaker for call handler. all 3 abusive, about ip not letting her see the grandkids since the split - "you nasty little cow, them kids need their nan", "you'll be hearing from my solicitor", "you're poison, pure poison". no threats heard. ip says nan has rung before but never left anything like this. ip upset, says her eldest heard the last one. wants police to have a word. no one at risk tonight - log to da unit for f/up in morning.""",
    spans=[
        ("STALK_CONTACT", "3 voicemails from her ex's mum"),
        ("REPETITION", "between 2114 and 2122"),
        ("STALK_CONTACT", "\"you nasty little cow, them kids need their nan\""),
        ("STALK_CONTACT", "\"you're poison, pure poison\""),
        ("DISTRESS", "ip upset"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="clean", batch="ub",
    pattern="ex_partner_threatens_to_drag_victim_out_of_house_he_owns", relationship="ex_partner", occasions=3,
    text="""\
Update 02/02, DC Harlow (DA unit). Spoke to IP by phone. Recap: IP and SUSP split in October. SUSP moved out of 14 Gaskell Street, which is in his sole name, and wants IP out so he can sell. IP has a baby and nowhere else to go; the council have told her she has to wait for a proper notice. On 19/01 SUSP came to collect his post and told her on the doorstep "you've got till the end of the month, then I'm coming in and dragging you out by your hair". On 27/01 he sent a voice note: "I mean it, you're out by Friday or you're going through the window". Today he rang to ask if she had found somewhere yet. IP is frightened he will hurt her when he comes back to the house. Everything he says is about the house - he has a new girlfriend and has never asked to get back with IP. Advised re civil route and Shelter. Harassment (fear of violence) crimed. SUSP to be arrested when located.""",
    spans=[
        ("THREAT_VIOLENCE", "I'm coming in and dragging you out by your hair"),
        ("THREAT_VIOLENCE", "you're out by Friday or you're going through the window"),
        ("STALK_CONTACT", "Today he rang"),
        ("FEAR_OF_VIOLENCE", "IP is frightened he will hurt her when he comes back to the house"),
    ],
)

case(
    11, "harassment_fear_of_violence", "CFD",
    voice="third_party", case="mixed", noise="typos", batch="ub",
    pattern="exs_new_girlfriend_threatens_victim_over_maintenance_claim", relationship="acquaintance", occasions=4,
    text="""\
Im ringing for my daughter Jodie because shes to scared to ring herself. Her ex Marcus has got a new girlfriend, Tanya, and Tanya has been on at Jodie ever since Jodie put a claim in with the CMS for maintenance for their little boy. On the 3rd Tanya sent her a message saying "drop the claim or I will come round and smash your face in". Then Sunday another one, "last warning, I know where you live". Theres been a couple of other nasty ones calling Jodie a gold digger and a sponger. Jodie is terrified she will turn up and do something to her, she wont go out on her own in the evenings now, I have been going round to sit with her. I dont think Marcus even knows. Tanya has never met Jodie, its all about the money.""",
    spans=[
        ("THREAT_VIOLENCE", "drop the claim or I will come round and smash your face in"),
        ("THREAT_VIOLENCE", "\"last warning, I know where you live\""),
        ("STALK_CONTACT", "a couple of other nasty ones calling Jodie a gold digger and a sponger"),
        ("FEAR_OF_VIOLENCE", "Jodie is terrified she will turn up and do something to her"),
        ("SERIOUS_IMPACT", "she wont go out on her own in the evenings now"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="mo_field", case="upper", noise="abbrev", batch="ub",
    pattern="boyfriend_threatens_twice_when_asked_to_repay_loan", relationship="partner", occasions=2,
    text="""\
MO: BF (NOT COHABITING) OWES IP £900. 12/10 GRABBED HER CHIN, 'ASK FOR THAT MONEY ONE MORE TIME AND I'LL SNAP YOUR NECK'. 16/10 BY PHONE 'YOU HEARD ME, DON'T MAKE ME SAY IT AGAIN'. IP IN FEAR HE WILL HURT HER. DASH HIGH.""",
    spans=[
        ("THREAT_VIOLENCE", "ASK FOR THAT MONEY ONE MORE TIME AND I'LL SNAP YOUR NECK"),
        ("THREAT_VIOLENCE", "'YOU HEARD ME, DON'T MAKE ME SAY IT AGAIN'"),
        ("FEAR_OF_VIOLENCE", "IP IN FEAR HE WILL HURT HER"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="ub",
    pattern="ex_partners_brother_threatens_victim_over_weekend_contact", relationship="acquaintance", occasions=2,
    text="""\
Since Aaron and I split up he has not contacted me himself because of his bail conditions. His brother Kyle has started doing the talking for him instead. Aaron wants the kids every weekend, not every other one, and I have said no until it goes back to court. On Saturday 8th June Kyle came to the door while I was bathing my youngest and said that if I didn't let Aaron have the kids that weekend he would "come back with a few lads and sort me out". On Thursday 13th he pulled up next to me on the school run and said through his car window "weekend, or you know what happens". I took that as him making the same threat again. I am scared Kyle will actually hurt me, he has a reputation round here. As far as I know this is all about the weekends. I want Kyle told to stay away from me.""",
    spans=[
        ("STALK_TURN_UP", "Kyle came to the door"),
        ("THREAT_VIOLENCE", "\"come back with a few lads and sort me out\""),
        ("THREAT_VIOLENCE", "\"weekend, or you know what happens\""),
        ("REPETITION", "the same threat again"),
        ("FEAR_OF_VIOLENCE", "I am scared Kyle will actually hurt me"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CFD",
    voice="vps", case="mixed", noise="clean", batch="ub",
    pattern="ex_partner_repeats_threat_over_joint_account_money", relationship="ex_partner", occasions=3,
    text="""\
Victim Personal Statement. I want the court to know what the last two months have been like. Connor and I had a joint account and when we split he said I had taken £2,000 of his. Since then he has rung and messaged me about that money. In April he told me that if I didn't pay him back he would "cave my head in". He has said it again twice since, once on the phone and once outside my work. I believe he would do it. He hit me more than once when we were together. I had the locks changed, and now I park at the back of the building and a colleague walks me to my car every night. I know to him this is about the money. To me it is about not feeling safe anywhere.""",
    spans=[
        ("STALK_CONTACT", "he has rung and messaged me about that money"),
        ("THREAT_VIOLENCE", "\"cave my head in\""),
        ("REPETITION", "He has said it again twice since"),
        ("FEAR_OF_VIOLENCE", "I believe he would do it"),
        ("SERIOUS_IMPACT", "I had the locks changed"),
        ("SERIOUS_IMPACT", "now I park at the back of the building and a colleague walks me to my car every night"),
    ],
)

case(
    15, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="ub",
    pattern="ex_partner_pleading_messages_every_platform_no_threats", relationship="ex_partner", occasions=5,
    text="""\
mon 4th - 23 texts from d today. all the same, please come home, i cant live without you, ill change. didnt reply
tues 5th - 9 missed calls before 8am. a voicemail of him crying. then a massive long msg about tenerife and how i was the best thing that ever happend to him
wed 6th - nothing all day then at 11pm "i know you still love me em, just one coffee thats all"
thurs 7th - 31 msgs. blocked him on whatsapp. he started on instagram instead, then email
fri 8th - he messaged my sister asking her to tell me hes sorry and hes going to counselling. hes never threatend me once, never said hed hurt me, its just constant. i feel sick every time my phone goes. im not doing anything differnt, still going to work same as always, i just want it to stop""",
    spans=[
        ("STALK_CONTACT", "23 texts from d today"),
        ("FIXATION", "please come home, i cant live without you"),
        ("STALK_CONTACT", "9 missed calls before 8am"),
        ("STALK_CONTACT", "\"i know you still love me em, just one coffee thats all\""),
        ("STALK_CONTACT", "31 msgs"),
        ("STALK_CONTACT", "he started on instagram instead, then email"),
        ("STALK_CONTACT", "he messaged my sister asking her to tell me hes sorry"),
        ("REPETITION", "its just constant"),
        ("DISTRESS", "i feel sick every time my phone goes"),
    ],
)

case(
    16, "stalking", "CS",
    voice="updates", case="inconsistent", noise="abbrev", batch="ub",
    pattern="dvpn_breach_ex_partner_waits_in_stairwell_then_knocks", relationship="ex_partner", occasions=2,
    text="""\
OIC UPDATE 06/09. DVPN served on SUSP (Tomasz NOWAK) 03/09 at 1640 following DA incident at IP's flat - 28 days, not to attend 9 Ferris Court, no contact. IP ended the relationship that night. IP is a Polish national; statement taken via Language Line (Polish interpreter). 04/09 approx 2100 SUSP seen by neighbour STANDING AT THE BOTTOM OF THE STAIRWELL of IP's block for about 20 mins, looking up at her window. 05/09 0730 SUSP knocked on IP's door and asked through the letterbox for "five minutes to explain". IP did not open the door and called 999; SUSP gone on arrival. NO THREATS made on either occasion. IP says he keeps saying he can't lose her. upset but coping, still going to work as normal. Breach of DVPN - to go before mags for DVPO. STALKING crimed (ex-partner course of conduct). SUSP wanted, PNC circ.""",
    spans=[
        ("STALK_LOITER", "STANDING AT THE BOTTOM OF THE STAIRWELL of IP's block for about 20 mins"),
        ("STALK_WATCH", "looking up at her window"),
        ("STALK_TURN_UP", "SUSP knocked on IP's door"),
        ("STALK_CONTACT", "asked through the letterbox for \"five minutes to explain\""),
        ("FIXATION", "he keeps saying he can't lose her"),
        ("DISTRESS", "upset but coping"),
    ],
)

case(
    17, "stalking", "CS",
    voice="notebook", case="mixed", noise="typos", batch="ub",
    pattern="estranged_husband_leaves_cards_and_flowers_threats_victim_unafraid", relationship="ex_partner", occasions=6,
    text="""\
0940 13/12 Front counter, Mill Rd. Spoke to IP re her estranged husband. IP left SUSP in Sept after 9 yrs. Since Nov he has left cards and flowers on her car at work 4 times, last card said "we're not finished, you're my wife till I say so". Also messaged her twice - "you'll get whats coming to you" and "watch your back". IP laughed when I read these back and said "hes all mouth, he wouldnt dare, Im not scared of him one bit". Wants it on record for the family court. Has not changed anything, still parks in the same spot. Leaflets given, advised re DVPN if he attends her home.""",
    spans=[
        ("REPETITION", "Since Nov"),
        ("STALK_GIFTS", "left cards and flowers on her car at work"),
        ("REPETITION", "4 times"),
        ("FIXATION", "\"we're not finished, you're my wife till I say so\""),
        ("THREAT_VIOLENCE", "\"you'll get whats coming to you\""),
        ("THREAT_VIOLENCE", "\"watch your back\""),
    ],
)

case(
    18, "stalking", "CS",
    voice="dash_note", case="mixed", noise="heavy", batch="ub",
    pattern="boyfriend_tracks_phone_turns_up_at_cafe_checks_messages", relationship="partner", occasions=5,
    text="""\
DASH 27/07 - IP (F 24) & SUSP (M 29) tog 18mths, he stays at hers most nites. IP came in after a friend persuaded her. SUSP put an app on her phone (Life360) so he can see where she is at all times - she didnt agree to it, he checks it constantly & rings her if she is "somewhere she shouldnt be". Twice in last fortnite he turned up at Costa where she works on her break to see who she was talking to, sat in corner watching her. Goes thru her phone evry nite when shes asleep, she found her passcode had been changd. Says he "cant breathe" if he doesnt know where she is. Never threatend her, never hit her. IP says she feels like a prisoner but still goes to wrk etc. wants advice, not sure she wants to end it. DASH med, CCB considered - OIC to review. Stalking crimed (monitoring + turning up, fixated).""",
    spans=[
        ("STALK_MONITOR", "put an app on her phone (Life360) so he can see where she is at all times"),
        ("REPETITION", "he checks it constantly"),
        ("STALK_CONTACT", "rings her if she is \"somewhere she shouldnt be\""),
        ("REPETITION", "Twice in last fortnite"),
        ("STALK_TURN_UP", "turned up at Costa where she works on her break"),
        ("STALK_WATCH", "sat in corner watching her"),
        ("STALK_MONITOR", "Goes thru her phone evry nite when shes asleep"),
        ("FIXATION", "he \"cant breathe\" if he doesnt know where she is"),
        ("DISTRESS", "she feels like a prisoner"),
    ],
)

case(
    19, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="redacted", batch="ub",
    pattern="ex_husband_homophobic_messages_threatens_new_partner_not_victim", relationship="ex_partner", occasions=4,
    text="""\
Crime summary. IP [NAME 1] ended her marriage to SUSP [NAME 2] in the spring and is now in a relationship with [NAME 3] (female). Since July SUSP has sent IP repeated messages telling her the new relationship is "a phase", that she is "a dyke now" and "disgusting", and begging her to come home for the sake of the children. On two occasions he has sat outside [NAME 3]'s flat at [ADDRESS] in his van while IP was inside. He has messaged IP that he will "batter that lezza" if she comes near his kids. IP is clear she is not afraid SUSP will harm her - he has never been violent to her - but she is worried for [NAME 3], who has been seen separately and may make her own report. Homophobic hostility noted: hate crime flag (sexual orientation). Not racially or religiously aggravated. Stalking: former partner, fixated on the end of the marriage.""",
    spans=[
        ("REPETITION", "Since July"),
        ("STALK_CONTACT", "sent IP repeated messages telling her the new relationship is \"a phase\""),
        ("STALK_CONTACT", "she is \"a dyke now\" and \"disgusting\""),
        ("FIXATION", "begging her to come home for the sake of the children"),
        ("REPETITION", "On two occasions"),
        ("STALK_LOITER", "sat outside [NAME 3]'s flat at [ADDRESS] in his van while IP was inside"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="clean", batch="ub",
    pattern="ex_partner_drives_past_and_follows_victim_flees_to_refuge_no_threats", relationship="ex_partner", occasions=6,
    text="""\
Supervisor review, Sgt 2291. I have read the OIC's file. IP and SUSP separated in January after five years together. From February SUSP has repeatedly driven past IP's house, sometimes three or four times an evening; two neighbours have seen him parked at the end of the cul-de-sac with his lights off; on 2 March he followed her car from Asda to her mother's house; and he has sent messages asking why she has "thrown it all away". There are no threats at any stage. IP became so anxious that on 15 March she moved with her two children into a refuge in another force area, and the children have changed schools. The OIC has recorded harassment. I disagree: this is a former partner's course of conduct - following, watching, loitering - and it has caused a substantial change to the IP's day-to-day life. Reclassify to stalking, serious alarm or distress (s.4A(1)(b)(ii)). No fear of violence limb. IDVA referral to be confirmed; consider SPO.""",
    spans=[
        ("REPETITION", "From February"),
        ("STALK_WATCH", "repeatedly driven past IP's house"),
        ("REPETITION", "three or four times an evening"),
        ("STALK_LOITER", "parked at the end of the cul-de-sac with his lights off"),
        ("STALK_FOLLOW", "followed her car from Asda to her mother's house"),
        ("STALK_CONTACT", "sent messages asking why she has \"thrown it all away\""),
        ("DISTRESS", "IP became so anxious"),
        ("SERIOUS_IMPACT", "moved with her two children into a refuge in another force area"),
        ("SERIOUS_IMPACT", "the children have changed schools"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="upper", noise="heavy", batch="ub",
    pattern="dvpo_breach_ex_partner_at_back_door_two_nights_threats_to_kill", relationship="ex_partner", occasions=3,
    text="""\
999 2247. IP HYSTERICAL - EX (LEE BRANNAN) BANGING ON BACK DOOR. DVPO IN PLACE SINCE 11/04 NOT TO ATTEND. IP SAYS HE WAS HERE LAST NITE AS WELL SHOUTING 'YOUR DEAD WHEN I GET IN THERE'. TONITE SHOUTING 'OPEN THE F**KING DOOR OR I'LL BURN IT DOWN WITH YOU IN IT'. IP LOCKED IN BATHROOM W/ 2 KIDS. SAYS SHE THINKS HE IS GOING TO KILL HER. GR1 DISPATCHED. CALLER KEPT ON LINE. 2251 CALLER SAYS HES GONE TWDS PARK. IP SAYS HE TXTS HER ALL DAY EVRY DAY SAYING HE WILL NEVER LET HER GO.""",
    spans=[
        ("STALK_TURN_UP", "BANGING ON BACK DOOR"),
        ("REPETITION", "HE WAS HERE LAST NITE AS WELL"),
        ("THREAT_VIOLENCE", "'YOUR DEAD WHEN I GET IN THERE'"),
        ("THREAT_VIOLENCE", "'OPEN THE F**KING DOOR OR I'LL BURN IT DOWN WITH YOU IN IT'"),
        ("FEAR_OF_VIOLENCE", "SHE THINKS HE IS GOING TO KILL HER"),
        ("STALK_CONTACT", "HE TXTS HER"),
        ("REPETITION", "ALL DAY EVRY DAY"),
        ("FIXATION", "HE WILL NEVER LET HER GO"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSFD",
    voice="updates", case="mixed", noise="abbrev", batch="ub",
    pattern="idva_update_ex_tracks_child_ipad_finds_refuge_flat_threats", relationship="ex_partner", occasions=5,
    text="""\
IDVA update - Claire (Safe Haven) to OIC DC Mensah, 21/10.
Spoke to client today. As you know she moved to the Ashgrove refuge in Aug after the MARAC and then into move-on accommodation. She has now worked out how he found the new flat: her son's iPad was still logged into SUSP's Apple ID with Find My switched on, so he could see it wherever it went. Since mid Sept he has:
1) turned up at the flat twice, 19/09 and again on 02/10
2) left a carrier bag of the kids' old toys on the doorstep w/ a note "a family stays together"
3) sent a voice note on 02/10 - "I found you once, I'll find you anywhere, and next time I won't be so nice"
4) on 14/10 messaged her "you're going to end up in a box"
Client is petrified - she genuinely believes he will kill her. She has given up her job at the nursery and the council have agreed an emergency move out of county, happening Fri. iPad handed in at the front desk for download. Can we talk about an SPO and whether he can be arrested before Fri? Thanks, Claire""",
    spans=[
        ("STALK_MONITOR", "her son's iPad was still logged into SUSP's Apple ID with Find My switched on"),
        ("REPETITION", "Since mid Sept"),
        ("STALK_TURN_UP", "turned up at the flat twice"),
        ("REPETITION", "19/09 and again on 02/10"),
        ("STALK_GIFTS", "left a carrier bag of the kids' old toys on the doorstep"),
        ("FIXATION", "\"a family stays together\""),
        ("THREAT_VIOLENCE", "\"I found you once, I'll find you anywhere, and next time I won't be so nice\""),
        ("THREAT_VIOLENCE", "\"you're going to end up in a box\""),
        ("FEAR_OF_VIOLENCE", "she genuinely believes he will kill her"),
        ("SERIOUS_IMPACT", "She has given up her job at the nursery"),
        ("SERIOUS_IMPACT", "the council have agreed an emergency move out of county"),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="ub",
    pattern="ex_boyfriend_from_years_ago_emails_and_visits_office_victim_signed_off", relationship="ex_partner", occasions=8,
    text="""\
I went out with Simon Greaves for about eight months in 2017. I ended it because he was jealous and controlling, and I have had nothing to do with him since. I am now married. In January this year he found me on LinkedIn and sent me a message saying he had "never stopped thinking about us". I did not reply. Since then he has emailed my work address at least thirty times and written long letters to my home address, which I don't know how he got. On two occasions in March he was in the reception of my office asking for me by name; the reception staff did not let him through. He has never threatened me, but the letters say we are "meant to be" and that my husband "will never understand you like I do". I have not slept properly since the first time he came to my work. My GP signed me off with anxiety on 28 March and I have now been off for five weeks. I do not want to go back while he knows where I work.""",
    spans=[
        ("STALK_CONTACT", "he found me on LinkedIn and sent me a message"),
        ("FIXATION", "\"never stopped thinking about us\""),
        ("REPETITION", "Since then"),
        ("STALK_CONTACT", "emailed my work address at least thirty times"),
        ("STALK_CONTACT", "written long letters to my home address"),
        ("REPETITION", "On two occasions in March"),
        ("STALK_TURN_UP", "he was in the reception of my office asking for me by name"),
        ("FIXATION", "we are \"meant to be\""),
        ("DISTRESS", "I have not slept properly"),
        ("SERIOUS_IMPACT", "My GP signed me off with anxiety on 28 March"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSF",
    voice="victim_diary", case="mixed", noise="typos", batch="ub",
    pattern="ex_partner_follows_victim_home_from_handover_and_threatens_twice", relationship="ex_partner", occasions=4,
    text="""\
Sat 2nd - handover at Morrisons. Kev brought the kids back 10 mins late then followed me out of the car park and all the way home, right behind me at every light. Didnt say a word, just grinned at me.
Sun 3rd - text at 0200 "saw your new car, nice, be a shame if something happend to you in it"
Wed 6th - he was sat in his car at the end of our road when I left for work at 7.
Sat 9th - handover again. Said it quietly so the kids couldnt hear - "I meant what I said, your going to get hurt". My legs were shaking all the way home. I honestly think hes going to do something to me. Still doing the handovers because the order says so and I dont want to be the one who breaks it.""",
    spans=[
        ("STALK_FOLLOW", "followed me out of the car park and all the way home"),
        ("THREAT_VIOLENCE", "\"saw your new car, nice, be a shame if something happend to you in it\""),
        ("STALK_LOITER", "he was sat in his car at the end of our road"),
        ("THREAT_VIOLENCE", "\"I meant what I said, your going to get hurt\""),
        ("DISTRESS", "My legs were shaking all the way home"),
        ("FEAR_OF_VIOLENCE", "I honestly think hes going to do something to me"),
    ],
)

case(
    25, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="ub",
    pattern="paternal_grandmother_racist_texts_demanding_more_contact", relationship="family", occasions=14,
    text="""\
IP (Black British, 34) has 2 children w/ SUSP's son; they separated last yr & the son now lives in Spain. SUSP (paternal grandmother, 61) wants regular contact w/ the children; IP cut it to once a month after an argument at a birthday party. Between 1 & 24 Feb SUSP sent IP 11 texts and left 3 voicemails demanding more contact. In several she calls IP a "jungle bunny" and says the kids "should be brought up by their white family, not a monkey". No threats. SUSP has not visited, followed or watched IP. IP hurt & angry, esp. that the children might see the texts. Contact plainly about the children. Racially agg harassment s.32 CDA. SUSP to be interviewed under caution by appt.""",
    spans=[
        ("REPETITION", "Between 1 & 24 Feb"),
        ("STALK_CONTACT", "sent IP 11 texts and left 3 voicemails demanding more contact"),
        ("RACIAL_HOSTILITY", "calls IP a \"jungle bunny\""),
        ("RACIAL_HOSTILITY", "\"should be brought up by their white family, not a monkey\""),
        ("DISTRESS", "IP hurt & angry"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="call_log", case="lower", noise="heavy", batch="ub",
    pattern="ex_boyfriend_racist_texts_demanding_money_back", relationship="ex_partner", occasions=6,
    text="""\
ip rang re ex bf msging her abt money. split 2 mnths ago, he says she owes him £600 for a washing machine + the deposit on her flat. since last fri 4 or 5 msgs a day all about the money, calling her a "thieving paki" and "your lot are all the same always on the take". ip is british pakistani, born in bradford. no threats, not been round, ip says hes not bothered about her he just wants his money. ip more angry than scared. screenshots to follow. pls can oic ring ip after 6 when she finishes wrk""",
    spans=[
        ("REPETITION", "since last fri"),
        ("STALK_CONTACT", "4 or 5 msgs a day all about the money"),
        ("RACIAL_HOSTILITY", "calling her a \"thieving paki\""),
        ("RACIAL_HOSTILITY", "\"your lot are all the same always on the take\""),
    ],
)

case(
    27, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="typos", batch="ub",
    pattern="exs_new_partner_anti_muslim_messages_over_daughters_headscarf", relationship="acquaintance", occasions=3,
    text="""\
My ex husband Imran and I share care of our daughter Safiya who is 9. Imran's new partner is called Becky Lowe. Becky doesnt like that Safiya wears a headscarf to the mosque school on Saturdays and she thinks I make her wear it. On 4th Sept Becky sent me a Facebook message calling me a "towel head terrorist" and saying Islam is a "paedo religion". On 11th Sept she sent another one saying she would "rip that rag off her head" next time Safiya stays at theirs. On 20th Sept she left a voicemail calling me a "backwards muzzie" and said I am brainwashing my daughter. I am not frightened of Becky at all, she wouldnt touch me. I am worried for Safiya and I have told Imran. I want it to stop.""",
    spans=[
        ("STALK_CONTACT", "Becky sent me a Facebook message"),
        ("RELIGIOUS_HOSTILITY", "calling me a \"towel head terrorist\""),
        ("RELIGIOUS_HOSTILITY", "Islam is a \"paedo religion\""),
        ("STALK_CONTACT", "she sent another one"),
        ("STALK_CONTACT", "she left a voicemail"),
        ("RELIGIOUS_HOSTILITY", "calling me a \"backwards muzzie\""),
    ],
)

case(
    28, "aggravated_harassment", "CRD",
    voice="updates", case="mixed", noise="clean", batch="ub",
    pattern="exs_new_wife_anti_polish_abuse_over_maintenance_victim_changes_number", relationship="acquaintance", occasions=4,
    text="""\
Update 12/06. Further statement from IP (Agnieszka). Conduct by SUSP (Donna HALE, the new wife of IP's ex-partner):
17/05 - text: "pay your own kids' way you Polish scrounger"
22/05 - text: "go back to Poland and claim off them, this country's had enough of you"
29/05 - two calls, IP did not answer; voicemail calling her "an Eastern European leech"
03/06 - text from a different number saying the same again
All of it relates to the maintenance - IP's ex was ordered to pay more in May. No threats. SUSP has never been to the address. IP has changed her mobile number and closed her Facebook account because of it, and has asked the children's school not to give her details out to anyone. Racially aggravated harassment. Interview booked 19/06.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"pay your own kids' way you Polish scrounger\""),
        ("RACIAL_HOSTILITY", "\"go back to Poland and claim off them, this country's had enough of you\""),
        ("STALK_CONTACT", "two calls"),
        ("RACIAL_HOSTILITY", "calling her \"an Eastern European leech\""),
        ("STALK_CONTACT", "text from a different number saying the same again"),
        ("SERIOUS_IMPACT", "IP has changed her mobile number and closed her Facebook account"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="ub",
    pattern="counter_allegation_ex_partner_anti_traveller_texts_over_bungalow_sale", relationship="ex_partner", occasions=14,
    text="""\
Sup review. SUSP (Paul WARD) first reported IP (his ex-partner, Bridget) for harassment, saying she is refusing to sign the papers for the sale of their jointly owned bungalow and is "hounding" him. I have reviewed both phones. IP's msgs to him: 3 in total, polite, all about the conveyancing. SUSP's msgs to IP: 14 since 1 March, about the sale & her solicitor, including "sign the f***ing papers you thieving pikey" (01/03), "typical gyppo, take everything and move on" (09/03) and "dirty Irish tinker" (15/03). IP is from an Irish Traveller family. No threats, no visits, no following; every msg concerns the property. Ward's allegation NFA - no course of conduct by IP. IP's report: racially aggravated harassment (Irish Travellers are an ethnic group). OIC please record & progress; Ward to be interviewed.""",
    spans=[
        ("STALK_CONTACT", "SUSP's msgs to IP: 14 since 1 March"),
        ("RACIAL_HOSTILITY", "\"sign the f***ing papers you thieving pikey\""),
        ("RACIAL_HOSTILITY", "\"typical gyppo, take everything and move on\""),
        ("RACIAL_HOSTILITY", "\"dirty Irish tinker\""),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CRF",
    voice="call_log", case="upper", noise="abbrev", batch="ub",
    pattern="ex_husbands_friend_racist_threats_at_door_over_weekend_contact", relationship="acquaintance", occasions=2,
    text="""\
2014 CALLER IP MRS FATIMA BEGUM. EX HUSBAND'S MATE (NAMED AS DANNY DEAKIN) HAS COME TO HER DOOR TONITE SAYING SHE WILL LET HER EX HAVE THE KIDS THIS WEEKEND OR 'YOU'LL GET A BRICK THROUGH YOUR HEAD YOU BANGLA BITCH'. SAME MALE CAME SUNDAY TEA TIME AND SAID IF SHE STOPS CONTACT 'I'LL CUT YOU, I'M NOT PLAYING'. IP VERY FRIGHTENED, SAYS SHE BELIEVES HE WILL HURT HER. EX HUSBAND ON BAIL NOT TO CONTACT IP. KIDS ASLEEP UPSTAIRS. MALE LEFT IN WHITE TRANSIT, PART VRM KX19. UNITS TO ATTEND.""",
    spans=[
        ("STALK_TURN_UP", "HAS COME TO HER DOOR TONITE"),
        ("THREAT_VIOLENCE", "YOU'LL GET A BRICK THROUGH YOUR HEAD"),
        ("RACIAL_HOSTILITY", "YOU BANGLA BITCH"),
        ("STALK_TURN_UP", "SAME MALE CAME SUNDAY TEA TIME"),
        ("THREAT_VIOLENCE", "'I'LL CUT YOU, I'M NOT PLAYING'"),
        ("FEAR_OF_VIOLENCE", "SHE BELIEVES HE WILL HURT HER"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CRF",
    voice="statement", case="mixed", noise="clean", batch="ub",
    pattern="ex_partner_racist_threats_to_force_buyout_of_shared_flat", relationship="ex_partner", occasions=3,
    text="""\
Dean and I bought the flat together in 2019 and split up in the summer. He moved out and wants me to buy him out, which I can't afford. On 2nd October he came round to pick up his tools and when I said I needed more time he said "I'll smash your face in if I'm still waiting at Christmas, you black bitch". On 10th October he texted me "you lot from Jamaica never pay your way. Sort the money or I'll sort you out". On 16th October I saw him at the estate agents and he leaned over and said "remember what I told you". I am scared of him. He knows where I live and he knows my shifts. I really believe he will hurt me over this money. He has never asked to get back with me, he is with someone else now. It is all about the flat.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll smash your face in if I'm still waiting at Christmas"),
        ("RACIAL_HOSTILITY", "you black bitch"),
        ("RACIAL_HOSTILITY", "you lot from Jamaica never pay your way"),
        ("THREAT_VIOLENCE", "Sort the money or I'll sort you out"),
        ("THREAT_VIOLENCE", "\"remember what I told you\""),
        ("FEAR_OF_VIOLENCE", "I am scared of him"),
        ("FEAR_OF_VIOLENCE", "I really believe he will hurt me over this money"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="dash_note", case="lower", noise="abbrev", batch="ub",
    pattern="husband_racist_threats_over_remittances_victim_enters_refuge", relationship="partner", occasions=2,
    text="""\
dash 08/01. ip (f, 27, filipina) lives w/ susp (m, 40) at his house, 2 yrs. 29/12 row over ip sending money home to her family. susp pinned her to the sofa and said "send one more penny to your flip family and ill break every bone in your body". 05/01 he found a western union receipt in her bag and said "you know whats coming you little chink". ip says she is terrified he will kill her. he holds shotgun cert - firearms licensing informed. ip has no family in uk, no income of her own, spousal visa. dash high, 16 yes. marac ref made. ip accepted refuge space and moved in today.""",
    spans=[
        ("RACIAL_HOSTILITY", "your flip family"),
        ("THREAT_VIOLENCE", "ill break every bone in your body"),
        ("THREAT_VIOLENCE", "you know whats coming"),
        ("RACIAL_HOSTILITY", "you little chink"),
        ("FEAR_OF_VIOLENCE", "ip says she is terrified he will kill her"),
        ("SERIOUS_IMPACT", "ip accepted refuge space and moved in today"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CRF",
    voice="notebook", case="mixed", noise="typos", batch="ub",
    pattern="exs_new_wife_antisemitic_calls_and_threats_over_passover", relationship="acquaintance", occasions=3,
    text="""\
1120 Tues 4/4. At IP's address (Mrs Rachel STERN) re ongoing calls. IP's ex husband remarried last yr, new wife Kerry STOKES. Dispute over the kids going to IP's synagogue for Pesach insted of staying at their dad's. Kerry has rung IP three times this week:
Sun - called her a "money grabbing yid", said she'd "put her in an oven where she belongs"
Mon - "Christ killer, keep them kids away from your cult"
Tues (this am) - "I'll be waiting outside that synagogue and I'll stab you"
IP shaking, says she is genuinly frightened Kerry will attack her at shul or on the school run. Ex not involved per IP. Nothing from Kerry before this week. Advised, CST informed w/ consent. Statement to follow 1500.""",
    spans=[
        ("STALK_CONTACT", "Kerry has rung IP three times this week"),
        ("RELIGIOUS_HOSTILITY", "called her a \"money grabbing yid\""),
        ("THREAT_VIOLENCE", "\"put her in an oven where she belongs\""),
        ("RELIGIOUS_HOSTILITY", "\"Christ killer, keep them kids away from your cult\""),
        ("THREAT_VIOLENCE", "\"I'll be waiting outside that synagogue and I'll stab you\""),
        ("DISTRESS", "IP shaking"),
        ("FEAR_OF_VIOLENCE", "she is genuinly frightened Kerry will attack her"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="result_note", case="mixed", noise="clean", batch="ub",
    pattern="exs_mother_and_sister_anti_roma_threats_at_handovers", relationship="family", occasions=3,
    text="""\
RESULT: CHARGED. SUSP 1 Linda CARR (paternal grandmother) and SUSP 2 Jade CARR (paternal aunt) came along to the last three child handovers with IP's ex-partner. The ex-partner has been NFA'd - no evidence he put them up to it. On 14/07 Linda told IP "I'll rip your head off you Romanian gypsy" (IP is Romanian, of Roma heritage). On 28/07 Jade said "next time we'll do you properly, you dirty gypsy" and spat at her feet. On 11/08 both followed IP back to her car shouting "go back to your camp". IP states she believes they will attack her, and handovers now take place at the supervised contact centre at her request. Both charged with racially aggravated s.4 PHA (putting people in fear of violence). Bail: no contact with IP, not to attend handovers or the contact centre. First appearance 02/09.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll rip your head off"),
        ("RACIAL_HOSTILITY", "you Romanian gypsy"),
        ("THREAT_VIOLENCE", "next time we'll do you properly"),
        ("RACIAL_HOSTILITY", "you dirty gypsy"),
        ("STALK_FOLLOW", "both followed IP back to her car"),
        ("RACIAL_HOSTILITY", "\"go back to your camp\""),
        ("FEAR_OF_VIOLENCE", "IP states she believes they will attack her"),
        ("SERIOUS_IMPACT", "handovers now take place at the supervised contact centre"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="call_log", case="inconsistent", noise="abbrev", batch="ub",
    pattern="ex_partner_visits_and_racist_love_messages_one_threat_victim_unafraid", relationship="ex_partner", occasions=6,
    text="""\
1905 IP calling to report ex-partner Craig MOSS. Relationship ended 6 wks ago, IP ended it. Since then Craig has BEEN TO HER HOUSE 3 TIMES asking to talk, last time Sat night he stood in the front garden for about an hour. Msgs every day, flipping between "I love you, I'll do anything" and racist abuse - "you were only ever a bit of brown on the side", "go back to your curry house family". IP is British Indian. one msg on Weds said "if I can't have you no one will, I'll make sure of it". IP SAYS SHE ISN'T SCARED OF HIM, he's "pathetic", she just wants it stopped as the neighbours are seeing it. no change to her routine. not requesting attendance tonight - appt made.""",
    spans=[
        ("REPETITION", "Since then"),
        ("STALK_TURN_UP", "BEEN TO HER HOUSE 3 TIMES asking to talk"),
        ("STALK_LOITER", "he stood in the front garden for about an hour"),
        ("STALK_CONTACT", "Msgs every day"),
        ("FIXATION", "\"I love you, I'll do anything\""),
        ("RACIAL_HOSTILITY", "\"you were only ever a bit of brown on the side\""),
        ("RACIAL_HOSTILITY", "\"go back to your curry house family\""),
        ("THREAT_VIOLENCE", "\"if I can't have you no one will, I'll make sure of it\""),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="typos", batch="ub",
    pattern="ex_husband_fake_facebook_page_anti_sikh_posts_refuses_divorce", relationship="ex_partner", occasions=5,
    text="""\
IP (Sikh, 38) divorced SUSP last year. Since the decree absolute in March SUSP has set up a Facebook page in IP's name, posting photos of her from their wedding with captions mocking her turban-wearing brother and calling Sikhs "bearded terrorists" and "dirty sardars". He has tagged her gurdwara and several of her work colleagues in the posts. He also sends her direct messages saying "you're still my wife in gods eyes, I'll never let you go". IP has reported the page to Facebook 4 times without result. She is embarased and upset but says she is not in fear of him and her daily life has carried on as normal. Refusal to accept the end of the marriage; religious hostility demonstrated in the posts. Racially/religiously aggravated stalking.""",
    spans=[
        ("REPETITION", "Since the decree absolute in March"),
        ("STALK_PUBLISH", "set up a Facebook page in IP's name, posting photos of her from their wedding"),
        ("RELIGIOUS_HOSTILITY", "calling Sikhs \"bearded terrorists\" and \"dirty sardars\""),
        ("STALK_PUBLISH", "tagged her gurdwara and several of her work colleagues in the posts"),
        ("STALK_CONTACT", "sends her direct messages"),
        ("FIXATION", "\"you're still my wife in gods eyes, I'll never let you go\""),
        ("DISTRESS", "She is embarased and upset"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="redacted", batch="ub",
    pattern="live_in_boyfriend_car_tracker_following_anti_arab_abuse", relationship="partner", occasions=6,
    text="""\
I have been with [NAME 2] for two years and we live together at [ADDRESS 1]. He is very jealous. In November I found a tracker under the back bumper of my car, and he admitted he put it there. He has followed me to my friend's house and to my college classes and waited outside until I came out. He reads all my messages and makes me show him my call log every night before bed. When he is angry about it he calls me a "dirty Arab" and says "you Moroccan girls are all the same, all sluts". He has never threatened to hurt me and he has never hit me. I am telling you because my college tutor said I should. I feel like I can't breathe, but I still go to college and I still see my friend, I just don't tell him.""",
    spans=[
        ("FIXATION", "He is very jealous"),
        ("STALK_MONITOR", "I found a tracker under the back bumper of my car"),
        ("STALK_FOLLOW", "followed me to my friend's house and to my college classes"),
        ("STALK_LOITER", "waited outside until I came out"),
        ("STALK_MONITOR", "He reads all my messages"),
        ("STALK_MONITOR", "makes me show him my call log every night before bed"),
        ("RACIAL_HOSTILITY", "calls me a \"dirty Arab\""),
        ("RACIAL_HOSTILITY", "\"you Moroccan girls are all the same, all sluts\""),
        ("DISTRESS", "I feel like I can't breathe"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="updates", case="upper", noise="typos", batch="ub",
    pattern="dvpn_breach_ex_partner_at_gate_twice_racist_abuse_no_threats", relationship="ex_partner", occasions=2,
    text="""\
UPDATE 1645. DVPN SERVED 14/02 ON SUSP (WAYNE LOCKE), 28 DAYS, NOT TO ATTEND 6 PRIMROSE WAY OR CONTACT IP. IP SAYS RELATIONSHIP IS OVER, SHE ENDED IT AFTER THE ASSUALT. 16/02 1930 SUSP ATTENDED ADDRESS, STOOD AT THE GATE SHOUTING 'LET ME SEE YOU, I JUST WANT TO TALK'. 17/02 0815 ATTENDED AGAIN AS IP WAS LEAVING FOR WORK, SHOUTED 'NOBODY ELSE WANTS A BLACK SLAG LIKE YOU, YOU'LL COME CRAWLING BACK'. NO THREATS MADE. IP SAYS SHE ISNT FRIGHTENED OF HIM, JUST ANGRY, AND WENT TO WORK AS NORMAL. BREACH OF DVPN - SUSP ARESTED 0940 AT HOME ADDRESS, FOR DVPO HEARING 18/02. RACIALLY AGG STALKING CRIMED.""",
    spans=[
        ("STALK_TURN_UP", "SUSP ATTENDED ADDRESS"),
        ("STALK_LOITER", "STOOD AT THE GATE"),
        ("FIXATION", "'LET ME SEE YOU, I JUST WANT TO TALK'"),
        ("STALK_TURN_UP", "ATTENDED AGAIN AS IP WAS LEAVING FOR WORK"),
        ("RACIAL_HOSTILITY", "NOBODY ELSE WANTS A BLACK SLAG LIKE YOU"),
        ("FIXATION", "YOU'LL COME CRAWLING BACK"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="heavy", batch="ub",
    pattern="ex_boyfriend_sends_gifts_and_pork_to_convert_at_work_orders_in_her_name", relationship="ex_partner", occasions=7,
    text="""\
Reporting on behalf of my employee Yasmin, she has asked me to. Im the manager at Greenway Pharmacy. Her ex Lewis has been sending stuff to the shop for about a month - roses twice, a teddy, a card saying "were not done babe". Last wk a parcel of pork sausages n bacon came addressed to her w/ a note "eat up muzzie, youll be one of us again". Also 2 lots of takeaway ordered to her flat in her name that she never ordered, both with bacon on. She became muslim after they split & he knows it. He rings the shop most days asking if shes in. Shes upset & embarassed in front of customers but still comes in, says shes not scared of him. Can someone contact her pls. Thanks R. Patel""",
    spans=[
        ("REPETITION", "for about a month"),
        ("STALK_GIFTS", "roses twice, a teddy, a card"),
        ("FIXATION", "\"were not done babe\""),
        ("STALK_GIFTS", "a parcel of pork sausages n bacon came addressed to her"),
        ("RELIGIOUS_HOSTILITY", "\"eat up muzzie, youll be one of us again\""),
        ("STALK_ORDERS", "2 lots of takeaway ordered to her flat in her name"),
        ("STALK_CONTACT", "He rings the shop most days asking if shes in"),
        ("DISTRESS", "Shes upset & embarassed in front of customers"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSRFD",
    voice="supervisor_review", case="mixed", noise="clean", batch="ub",
    pattern="ex_partner_follows_from_church_racist_texts_threats_victim_to_refuge", relationship="ex_partner", occasions=10,
    text="""\
Supervisor review 30/11. IP (Mrs Oyelaran) separated from SUSP in July. Initially recorded as harassment by the PCSO who took the first report. Having read the statements I disagree. Since August SUSP has followed IP from church to her bus stop on three Sundays; sat outside her flat in his car on at least five nights (neighbour's doorbell footage); sent texts calling her a "Nigerian witch" and saying "you people should be shipped back"; and on 2 Nov and again on 9 Nov told her he would "finish" her. IP states she believes he will kill her. On 14 Nov she moved into a refuge with her son. Former partner, following and loitering, racial hostility, fear of violence and a substantial change to her life are all present: racially aggravated stalking (s.4A). Actions: arrest SUSP, consider SPO, IDVA referral confirmed.""",
    spans=[
        ("REPETITION", "Since August"),
        ("STALK_FOLLOW", "followed IP from church to her bus stop on three Sundays"),
        ("STALK_LOITER", "sat outside her flat in his car on at least five nights"),
        ("RACIAL_HOSTILITY", "calling her a \"Nigerian witch\""),
        ("RACIAL_HOSTILITY", "\"you people should be shipped back\""),
        ("REPETITION", "on 2 Nov and again on 9 Nov"),
        ("THREAT_VIOLENCE", "told her he would \"finish\" her"),
        ("FEAR_OF_VIOLENCE", "IP states she believes he will kill her"),
        ("SERIOUS_IMPACT", "she moved into a refuge with her son"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSRF",
    voice="call_log", case="upper", noise="heavy", batch="ub",
    pattern="ex_husband_anti_muslim_texts_petrol_can_threat_drives_past", relationship="ex_partner", occasions=5,
    text="""\
0812 CALLER IP AYESHA KHAN RE EX HUSBAND MARK JENNINGS. DIVORCED 2023. TXTING HER NON STOP SINCE SHE STARTED SEEING SOMEONE FROM THE MOSQUE. TXTS SAY 'YOU WERE MINE BEFORE YOU WERE ALLAHS' + 'MUSLIM WH*RE'. LAST NITE TXT 'ILL BURN YOUR HOUSE DOWN WITH YOU AND YOUR TERRORIST MATES INSIDE'. THIS AM SAME THREAT AGAIN W/ PIC OF A PETROL CAN. ALSO DROVE PAST HSE 4 TIMES THIS AM. IP VERY SCARED SAYS SHE THINKS HE WILL DO IT. 3 KIDS IN HSE. GR1. FIRE SVC INFORMED FOR HOME SAFETY VISIT.""",
    spans=[
        ("STALK_CONTACT", "TXTING HER NON STOP"),
        ("FIXATION", "'YOU WERE MINE BEFORE YOU WERE ALLAHS'"),
        ("RELIGIOUS_HOSTILITY", "'MUSLIM WH*RE'"),
        ("THREAT_VIOLENCE", "'ILL BURN YOUR HOUSE DOWN WITH YOU AND YOUR TERRORIST MATES INSIDE'"),
        ("REPETITION", "SAME THREAT AGAIN"),
        ("THREAT_VIOLENCE", "PIC OF A PETROL CAN"),
        ("STALK_WATCH", "DROVE PAST HSE 4 TIMES THIS AM"),
        ("FEAR_OF_VIOLENCE", "IP VERY SCARED SAYS SHE THINKS HE WILL DO IT"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="vps", case="mixed", noise="clean", batch="ub",
    pattern="ex_partner_waits_at_care_home_and_new_flat_anti_chinese_abuse_victim_quits_job", relationship="ex_partner", occasions=6,
    text="""\
Victim Personal Statement. I was with Gary for four years. When I left him in January I thought that would be the end of it. It wasn't. He found out where I worked and waited in the care home car park at the end of my shifts. He came to my new flat and put notes through the door. When I didn't answer he shouted through the letterbox that I was a "Chinese rat" and a "dog-eater". I was born in Liverpool; my parents came from Hong Kong. He never said he would hurt me. But I left a job I loved because I could not face him in that car park one more time, and in May I moved again. I have lost my income and my confidence. I want the court to know what he has taken from me.""",
    spans=[
        ("STALK_LOITER", "waited in the care home car park at the end of my shifts"),
        ("STALK_TURN_UP", "He came to my new flat"),
        ("STALK_CONTACT", "put notes through the door"),
        ("RACIAL_HOSTILITY", "I was a \"Chinese rat\" and a \"dog-eater\""),
        ("SERIOUS_IMPACT", "I left a job I loved"),
        ("SERIOUS_IMPACT", "in May I moved again"),
        ("DISTRESS", "I have lost my income and my confidence"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSRF",
    voice="judgment", case="mixed", noise="clean", batch="ub",
    pattern="dvpo_breach_ex_partner_outside_home_and_gurdwara_anti_sikh_threats", relationship="ex_partner", occasions=2,
    text="""\
Sentencing remarks (extract). Mr Hardy, you were in a relationship with Ms Kaur for three years. When she ended it you could not accept it. A domestic violence protection order was made against you on 3 June. Within a week you had broken it. On 9 June you went to her home and stood in the road shouting up at her window, and on 12 June you waited for her outside the gurdwara on Park Road as she came out from prayers. On both occasions you abused her in terms I will not repeat in full, but they included "raghead" and "dirty Sikh whore", and on both occasions you told her she would "end up in hospital". Ms Kaur has told the court, and I accept, that she genuinely believed you would attack her. You pleaded guilty at the first opportunity to religiously aggravated stalking involving fear of violence, and to breach of the order, and you will receive credit for that. But the aggravating features are plain.""",
    spans=[
        ("FIXATION", "When she ended it you could not accept it"),
        ("STALK_TURN_UP", "you went to her home"),
        ("STALK_LOITER", "stood in the road shouting up at her window"),
        ("STALK_LOITER", "waited for her outside the gurdwara on Park Road"),
        ("RELIGIOUS_HOSTILITY", "\"raghead\" and \"dirty Sikh whore\""),
        ("REPETITION", "on both occasions"),
        ("THREAT_VIOLENCE", "you told her she would \"end up in hospital\""),
        ("FEAR_OF_VIOLENCE", "she genuinely believed you would attack her"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSRFD",
    voice="judgment", case="mixed", noise="clean", batch="ub",
    pattern="family_court_fact_finding_father_tracks_and_threatens_turkish_mother", relationship="ex_partner", occasions=10,
    text="""\
Fact-finding judgment (extract).
14. The mother alleges that after the separation in March 2024 the father embarked on a campaign against her. The father denies it and says the allegations were made up to stop him seeing the children. I have heard from both parents, from the maternal grandmother and from the IDVA, Ms Okafor. I find the following proved on the balance of probabilities.
15. From April to August 2024 the father repeatedly went to the mother's home uninvited, on at least six occasions. On two of them he refused to leave until police were called.
16. He used the children's mobile phone to track the mother's whereabouts. I accept Ms Okafor's evidence that location sharing on that phone was switched on from the father's account each time the children came back from contact.
17. He sent the mother messages referring to her Turkish heritage in grossly offensive terms, including "you Turkish peasant", "kebab shop slag" and "go back to your village". I reject his explanation that this was "banter" left over from the relationship.
18. On 2 June 2024, at a handover, he told her he would "put her in the ground". On 30 July 2024 he sent a message: "I told you what happens, you're in the ground". The mother's evidence that she was in real fear that he would kill her was compelling and I accept it.
19. In August 2024 the mother and the children left the area and went into a refuge. She has since given up her employment.
20. The father's counter-allegation that the mother invented these matters to frustrate contact is not made out.""",
    spans=[
        ("REPETITION", "From April to August 2024"),
        ("STALK_TURN_UP", "repeatedly went to the mother's home uninvited"),
        ("REPETITION", "on at least six occasions"),
        ("STALK_MONITOR", "He used the children's mobile phone to track the mother's whereabouts"),
        ("STALK_CONTACT", "He sent the mother messages"),
        ("RACIAL_HOSTILITY", "\"you Turkish peasant\", \"kebab shop slag\" and \"go back to your village\""),
        ("THREAT_VIOLENCE", "he told her he would \"put her in the ground\""),
        ("THREAT_VIOLENCE", "\"I told you what happens, you're in the ground\""),
        ("FEAR_OF_VIOLENCE", "she was in real fear that he would kill her"),
        ("SERIOUS_IMPACT", "the mother and the children left the area and went into a refuge"),
        ("SERIOUS_IMPACT", "She has since given up her employment"),
    ],
)
