# ruff: noqa: E501
"""Hand-written narratives, writer yb: serious alarm or distress vs distress only; stalking vs harassment (fixation, ex-partner issue disputes)."""

from corpora.handwritten import case

case(
    1, "stalking_fear_alarm_distress", "CSD",
    voice="call_log", case="upper", noise="abbrev", batch="yb",
    pattern="ex_partner_pleading_texts_and_waiting_in_van_victim_changes_shifts_and_moves_to_sister",
    relationship="ex_partner", occasions=6,
    text="""\
CALLER IS IP SHANICE ROWE. STATES EX PARTNER DARREN MOSS (SPLIT 5 WKS AGO) WILL NOT LEAVE HER ALONE. TEXTS EVERY NIGHT SAYING HE IS SORRY, HE CANT LIVE WITHOUT HER, BEGGING HER TO GIVE IT ONE MORE GO. HAS BEEN SAT IN HIS VAN AT END OF HER ROAD ON AT LEAST 3 OCCASIONS WHEN SHE GETS IN FROM WORK, DOESNT GET OUT, JUST SITS THERE. NO THREATS MADE. IP HAS SWAPPED TO EARLY SHIFTS AT THE DEPOT SO SHE IS HOME IN DAYLIGHT AND IS NOW STAYING AT HER SISTERS IN ALDERTON WITH THE DOG. ADV 999 IF SUSP ATTENDS. DASH TO BE COMPLETED BY ATTENDING OFFICER. CAD 4471 14/03.""",
    spans=[
        ("UNWANTED", "WILL NOT LEAVE HER ALONE"),
        ("STALK_CONTACT", "TEXTS EVERY NIGHT SAYING HE IS SORRY"),
        ("FIXATION", "HE CANT LIVE WITHOUT HER, BEGGING HER TO GIVE IT ONE MORE GO"),
        ("STALK_LOITER", "SAT IN HIS VAN AT END OF HER ROAD"),
        ("REPETITION", "ON AT LEAST 3 OCCASIONS"),
        ("SERIOUS_IMPACT", "SWAPPED TO EARLY SHIFTS AT THE DEPOT SO SHE IS HOME IN DAYLIGHT"),
        ("SERIOUS_IMPACT", "NOW STAYING AT HER SISTERS IN ALDERTON"),
    ],
)

case(
    2, "harassment", "CD",
    voice="statement", case="mixed", noise="clean", batch="yb",
    pattern="ex_partner_child_contact_dispute_calls_and_school_gate_scenes_mother_stops_school_run",
    relationship="ex_partner", occasions=5,
    text="""\
I was with Liam Carter for nine years and we have two children, Ava (7) and Noah (5). We separated in October. Since about January he has been on at me about the weekends. He wants every weekend and I have said the court can decide. He rings me most days and when I don't answer he leaves messages saying I'm a selfish cow and I'm keeping his kids from him. On 4th February and again on 11th February he was waiting at the gates of St Bride's Primary at pick-up and started shouting at me in front of the other parents about contact and his solicitor.

Everything he says is about the children and the contact arrangements. He has never said anything about getting back with me and I honestly don't think he wants to, he has a girlfriend. I am not frightened he will hurt me, he has never been like that.

I have not been able to face the school gates since. My mum now does the school run every day and I have changed my hours at the pharmacy so I am not free at drop-off or pick-up times. I just want it to stop and for the court to sort out the weekends.""",
    spans=[
        ("STALK_CONTACT", "He rings me most days"),
        ("STALK_CONTACT", "leaves messages saying I'm a selfish cow"),
        ("REPETITION", "On 4th February and again on 11th February"),
        ("STALK_TURN_UP", "waiting at the gates of St Bride's Primary at pick-up"),
        ("SERIOUS_IMPACT", "My mum now does the school run every day"),
        ("SERIOUS_IMPACT", "changed my hours at the pharmacy"),
    ],
)

case(
    3, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="yb",
    pattern="two_incidents_seven_months_apart_with_reconciliation_between",
    relationship="ex_partner", occasions=2,
    text="""\
Rpt by IP re ex-partner Jordan Hale. IP states in Jan 23 during a row Hale rang her once and called her a slag and a waste of space, call lasted approx 5 mins, she hung up. Not reported at time. IP and Hale got back together in Feb and lived together at Hale's flat until Aug. On 02/09/23, a week after they split, Hale sent one msg asking for his PS5 back. Nothing since. IP upset, says she cried when the msg came through but has not changed anything. OIC view: two events 7 months apart with a reconciliation in between - no course of conduct. NFA, DA support details given.""",
    spans=[
        ("STALK_CONTACT", "Hale rang her once and called her a slag and a waste of space"),
        ("DISTRESS", "she cried when the msg came through"),
    ],
)

case(
    4, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="yb",
    pattern="colleague_fixated_after_one_drink_daily_messages_meant_to_be_together_victim_carries_on",
    relationship="colleague", occasions=8,
    text="""\
From: HR Business Partner, Halden Logistics
To: PC 4412 Okafor
Re: your ref 22/88104

Dear PC Okafor,

As discussed on the phone this morning, I attach the screenshots. To summarise: Mr Kevin Ashby (warehouse supervisor) and Ms Priya Nair (planning) went for a drink after the Christmas do. Ms Nair is clear it was one drink and nothing more.

Since then Mr Ashby has sent her messages on Teams and on WhatsApp almost daily, around 60 in total since 8 January. Several say that "the universe put us on the same shift for a reason" and that they are "meant to be together whatever she says". She told him in writing on 15 January to stop. He replied that she doesn't mean it, and carried on.

Ms Nair describes herself as rattled and not sleeping well, but she has asked to stay on her current shift and is continuing to come in as normal. There is no suggestion of him following her or going to her home. We have moved Mr Ashby's desk to the mezzanine but he has not been suspended pending your advice.

Regards,
Jo Whitlock""",
    spans=[
        ("STALK_CONTACT", "sent her messages on Teams and on WhatsApp almost daily"),
        ("REPETITION", "around 60 in total since 8 January"),
        ("FIXATION", "the universe put us on the same shift for a reason"),
        ("FIXATION", "meant to be together whatever she says"),
        ("UNWANTED", "She told him in writing on 15 January to stop"),
        ("FIXATION", "He replied that she doesn't mean it, and carried on"),
        ("DISTRESS", "rattled and not sleeping well"),
    ],
)

case(
    5, "aggravated_harassment", "CR",
    voice="call_log", case="lower", noise="typos", batch="yb",
    pattern="neighbour_bin_dispute_repeated_racist_abuse_over_fence_victim_upset",
    relationship="neighbour", occasions=3,
    text="""\
caller mr adebayo okonjo 14 fernlea close. ongoing problem with nieghbour at no 16 (male 60s, name given as roy). started over the bins being left on the shared path. tonight roy shouted over the fence 'go back to the jungle you black b*****d', this is the 3rd time this month he has said simlar, last time was sat 9th when he called caller a 'monkey' in front of his kids. caller says he is fed up and upset, the kids keep asking why the man hates them. no threats, no damage. caller doesnt want to move and isnt going to. requests officer attend and speak to roy. log passed to nbhd team.""",
    spans=[
        ("STALK_CONTACT", "roy shouted over the fence"),
        ("RACIAL_HOSTILITY", "go back to the jungle you black b*****d"),
        ("REPETITION", "this is the 3rd time this month"),
        ("RACIAL_HOSTILITY", "called caller a 'monkey'"),
        ("DISTRESS", "he is fed up and upset"),
    ],
)

case(
    6, "harassment_fear_of_violence", "CFD",
    voice="notebook", case="mixed", noise="typos", batch="yb",
    pattern="ex_partner_house_sale_dispute_two_threats_victim_moves_to_mothers",
    relationship="ex_partner", occasions=2,
    text="""\
IP Karen Doyle. Seperated from Mark Doyle since last summer, house in joint names at 3 Linden Way is on the market and he wants it sold quick, she wants to hold out for a better offer. Every message from him is about the house and the money. On 12/5 he texted 'sign the f***ing papers or I will break your legs'. On 20/5 he rang and said 'you've got till friday or you'll be in hospital'. IP says she knows what hes like when hes angry and is terrified he will carry it out. She has moved out to her mums in Shevington and has not been back to the house since the phone call, the estate agent is doing the viewings. She says he has never asked to get back together and has a new partner. Pics of texts obtained, call log screenshot to follow.""",
    spans=[
        ("THREAT_VIOLENCE", "sign the f***ing papers or I will break your legs"),
        ("STALK_CONTACT", "he rang and said"),
        ("THREAT_VIOLENCE", "you've got till friday or you'll be in hospital"),
        ("FEAR_OF_VIOLENCE", "terrified he will carry it out"),
        ("SERIOUS_IMPACT", "moved out to her mums in Shevington"),
        ("SERIOUS_IMPACT", "has not been back to the house since the phone call"),
    ],
)

case(
    7, "stalking", "CS",
    voice="notebook", case="mixed", noise="abbrev", batch="yb",
    pattern="neighbour_leaves_flowers_and_watches_from_window_victim_tearful_no_change",
    relationship="neighbour", occasions=5,
    text="""\
Attended 22 Birchfield Rd re IP Harpreet Kaur (41). IP lives alone, helps in the gurdwara kitchen on Sundays (mentioned as she wondered if he had seen her there, nothing further re religion). Neighbour opposite, Glen Pascoe, has left flowers and a card on her step three times since New Year, last card said 'for my favourite neighbour x'. IP has seen him stood at his front window watching her leave for work most mornings and he has started to time his bin trips to when she gets home. She has never had more than a hello with him and told him on 30/01 she did not want any more gifts. Another bunch left 04/02. IP tearful, says she is at the end of her tether and can't relax in her own home. She is still going to work and out as normal and does not want to move. SUSP not spoken to yet. Words of advice / PIN considered, OIC to decide.""",
    spans=[
        ("STALK_GIFTS", "left flowers and a card on her step"),
        ("REPETITION", "three times since New Year"),
        ("STALK_WATCH", "stood at his front window watching her leave for work"),
        ("REPETITION", "most mornings"),
        ("STALK_MONITOR", "time his bin trips to when she gets home"),
        ("UNWANTED", "told him on 30/01 she did not want any more gifts"),
        ("STALK_GIFTS", "Another bunch left 04/02"),
        ("DISTRESS", "IP tearful"),
        ("DISTRESS", "at the end of her tether and can't relax in her own home"),
    ],
)

case(
    8, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="crime_summary", case="mixed", noise="clean", batch="yb",
    pattern="neighbour_films_jewish_family_sprays_swastika_on_car_notes_school_times_family_change_routes",
    relationship="neighbour", occasions=5,
    text="""\
Summary: The victims are the Levy family of 7 Ashgrove Gardens (Mr and Mrs Levy and three children aged 6 to 13). Since late October the suspect, a neighbour at no. 12 (Person A), has been seen standing at the end of their drive filming the house on his phone, usually on Friday evenings as the family leave for the synagogue. On 3 November and 17 November a swastika and the words 'JEWS OUT' were sprayed on Mr Levy's car overnight; Person A's doorbell camera was pointed at the car and he says it "wasn't working". On 24 November a handwritten note was pushed through the door listing the times the children leave for school.

The family have installed four cameras. Mrs Levy now drives the children to school instead of walking, and they have stopped walking to shul on Friday nights and go by taxi by a different route. Mr Levy says they have lived there eleven years without a problem and are now looking at moving.

There has been no previous dispute between the households over parking, boundaries or anything else.""",
    spans=[
        ("STALK_WATCH", "standing at the end of their drive filming the house on his phone"),
        ("REPETITION", "usually on Friday evenings"),
        ("REPETITION", "On 3 November and 17 November"),
        ("RELIGIOUS_HOSTILITY", "a swastika and the words 'JEWS OUT'"),
        ("STALK_PROPERTY", "sprayed on Mr Levy's car overnight"),
        ("STALK_MONITOR", "a handwritten note was pushed through the door listing the times the children leave for school"),
        ("SERIOUS_IMPACT", "The family have installed four cameras"),
        ("SERIOUS_IMPACT", "Mrs Levy now drives the children to school instead of walking"),
        ("SERIOUS_IMPACT", "stopped walking to shul on Friday nights"),
    ],
)

case(
    9, "harassment", "C",
    voice="victim_diary", case="mixed", noise="typos", batch="yb",
    pattern="colleague_resentful_over_promotion_nasty_messages_disability_slur_victim_still_working",
    relationship="colleague", occasions=15,
    text="""\
Hi, i want to report what is happening at work as my manager said i should.

Gareth Price (same team, not my manager) has been sending me nasty messages ever since i got the team leader job he went for. About 15 texts and whatsapps over the last 3 weeks, calling me useless, saying i only got it because i'm 'a cripple and they had to tick a box' (i have MS and walk with a stick). He has never been interested in me in any other way, its all about the job, he thinks it should of been his.

I'm anxious every morning before work and I've cried in the car park twice but I'm still going in, i'm not letting him push me out.

Can someone speak to him please.
Thanks, Claire""",
    spans=[
        ("STALK_CONTACT", "sending me nasty messages"),
        ("REPETITION", "About 15 texts and whatsapps over the last 3 weeks"),
        ("STALK_CONTACT", "calling me useless"),
        ("DISTRESS", "I'm anxious every morning before work"),
        ("DISTRESS", "I've cried in the car park twice"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="heavy", batch="yb",
    pattern="neighbour_noise_dispute_two_threats_homophobic_abuse_victim_scared",
    relationship="neighbour", occasions=2,
    text="""\
CLR STATES N/BOUR AT FLAT 3 (KNOWN AS 'TEL') HAS THREATNED HIM AGAIN. 2ND TIME THIS WK. ISSUE IS NOISE FROM CLRS WASHING MACHINE AT NIGHT. SAT 1930HRS TEL BANGED ON DOOR CALLED CLR A 'F****T' AND SAID HE WOULD 'KICK HIS HEAD IN'. 2NITE 2215 SAME AGAIN THRU LETTERBOX 'UR DEAD NEXT TIME I SEE U'. CLR V SCARED THINKS TEL WILL GO FOR HIM ON THE STAIRS. NO INJS. NO WEAPONS SEEN. CLR IS GAY, BELIEVES THATS WHY TEL HAS IT IN FOR HIM. RISK MED. ATTEND ASAP, CLR IN FLAT 4 TOP FLOOR.""",
    spans=[
        ("REPETITION", "2ND TIME THIS WK"),
        ("STALK_TURN_UP", "TEL BANGED ON DOOR"),
        ("THREAT_VIOLENCE", "SAID HE WOULD 'KICK HIS HEAD IN'"),
        ("THREAT_VIOLENCE", "'UR DEAD NEXT TIME I SEE U'"),
        ("FEAR_OF_VIOLENCE", "CLR V SCARED THINKS TEL WILL GO FOR HIM ON THE STAIRS"),
    ],
)

case(
    11, "no_offence", "R",
    voice="call_log", case="mixed", noise="clean", batch="yb",
    pattern="single_racist_slur_from_stranger_in_street",
    relationship="stranger", occasions=1,
    text="""\
1540 Market St, unknown W/M 30s grey hoodie shouted 'p**i scum' at her as she passed, got on no.22 bus. Never seen before, one-off. Caller shaken. Hate incident logged.""",
    spans=[
        ("RACIAL_HOSTILITY", "shouted 'p**i scum' at her"),
        ("DISTRESS", "Caller shaken"),
    ],
)

case(
    12, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="statement", case="mixed", noise="clean", batch="yb",
    pattern="neighbour_racist_threats_to_burn_and_stab_polish_family_cameras_children_kept_in",
    relationship="neighbour", occasions=3,
    text="""\
My name is Tomasz Wojcik and I live at 41 Calder Street with my wife Agnieszka and our two boys. The man next door at number 43, who I know as Steve, has had a problem with us since we moved in two years ago. At first it was small things, complaining about our car and the boys' football. In the last month it has become much worse.

On 6 June he stood in his garden and shouted at me 'you Polish vermin, go home or I'll burn your house down with you in it'. On 19 June when I was getting into my car he came up close and said 'I'm going to stab you, you Polack'.

I believe he means it. I am afraid he will attack me when I am on my own. Since the 19th I have put a camera over the front door and one at the back, the boys are no longer allowed to play out on the street, and I have stopped going out in the evening to walk the dog. My wife's brother does it now.""",
    spans=[
        ("ESCALATION", "it has become much worse"),
        ("RACIAL_HOSTILITY", "you Polish vermin, go home"),
        ("THREAT_VIOLENCE", "I'll burn your house down with you in it"),
        ("THREAT_VIOLENCE", "I'm going to stab you"),
        ("RACIAL_HOSTILITY", "you Polack"),
        ("FEAR_OF_VIOLENCE", "I am afraid he will attack me when I am on my own"),
        ("SERIOUS_IMPACT", "put a camera over the front door and one at the back"),
        ("SERIOUS_IMPACT", "the boys are no longer allowed to play out on the street"),
        ("SERIOUS_IMPACT", "stopped going out in the evening to walk the dog"),
    ],
)

case(
    13, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="inconsistent", noise="abbrev", batch="yb",
    pattern="ex_partner_begging_then_racist_messages_from_new_accounts_victim_sick_no_change",
    relationship="ex_partner", occasions=40,
    text="""\
DA - NON CRIME?? REVIEWED - CRIME. IP Amara Osei (Ghanaian heritage) ended rel with SUSP Callum Reid in Nov after 2 yrs. Since then SUSP has sent msgs on Insta + WhatsApp, from 3 different accounts after being blocked. Msgs swing between begging ('pls just talk to me, ill change, ur the only one for me') and abuse when she doesnt reply ('ungrateful black b***h', 'go back to africa then'). Approx 40 msgs Dec-Jan. NO THREATS. IP says she feels sick every time her phone goes but hasnt changed anything, still at same address + job. SUSP has not attended address. RECLASSIFY - racially aggravated stalking, OIC to arrange VRI.""",
    spans=[
        ("STALK_CONTACT", "SUSP has sent msgs on Insta + WhatsApp"),
        ("UNWANTED", "from 3 different accounts after being blocked"),
        ("FIXATION", "ur the only one for me"),
        ("RACIAL_HOSTILITY", "ungrateful black b***h"),
        ("RACIAL_HOSTILITY", "go back to africa then"),
        ("REPETITION", "Approx 40 msgs Dec-Jan"),
        ("DISTRESS", "she feels sick every time her phone goes"),
    ],
)

case(
    14, "stalking_fear_alarm_distress", "CSD",
    voice="call_log", case="inconsistent", noise="typos", batch="yb",
    pattern="online_gaming_contact_wont_accept_silence_new_accounts_turns_up_at_work_and_bus_stop_victim_changes_number_cameras",
    relationship="online", occasions=5,
    text="""\
[101 webchat 16:42]
user: hi i need advice, theres a man i met on a gaming discord last year, we only ever talked online, never dated. i stopped replying in april and he wont accept it
Agent: Has he contacted you since?
user: loads. he messages on every platform, when i block him he makes a new account. he knows where i work now because he commented on a photo from my works christmas do. 2 weeks ago he was sat in costa opposite my work when i came out, and last friday he was at my bus stop
Agent: Has he threatened you at all?
user: no never. he just says we have a connection and i'll realise eventually
Agent: How is this affecting you day to day?
user: ive changed my number, deleted insta and tiktok, my dad put a ring doorbell and a camera on the side of the house and i dont go anywhere on my own now, my sister walks me to the bus
Agent: Thank you for telling us. I'm going to raise a log now and an officer will call you today.""",
    spans=[
        ("FIXATION", "he wont accept it"),
        ("STALK_CONTACT", "he messages on every platform"),
        ("UNWANTED", "when i block him he makes a new account"),
        ("STALK_MONITOR", "he knows where i work now because he commented on a photo"),
        ("STALK_LOITER", "he was sat in costa opposite my work when i came out"),
        ("STALK_TURN_UP", "last friday he was at my bus stop"),
        ("FIXATION", "he just says we have a connection and i'll realise eventually"),
        ("SERIOUS_IMPACT", "ive changed my number, deleted insta and tiktok"),
        ("SERIOUS_IMPACT", "put a ring doorbell and a camera on the side of the house"),
        ("SERIOUS_IMPACT", "i dont go anywhere on my own now"),
    ],
)

case(
    15, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="clean", batch="yb",
    pattern="customer_refused_refund_emails_anti_muslim_abuse_to_butcher",
    relationship="customer", occasions=9,
    text="""\
The victim runs a halal butcher's on Wellgate. The suspect, Dennis Marsh, is a former customer who was refused a refund on 2 March for lamb he says was off. Between 3 and 21 March Marsh sent nine emails to the shop address. Each one demands his £38 back and most call the victim a "filthy Muslim thief"; two say "your lot should be thrown out of this country". The victim says he is upset and embarrassed that his staff have read them, but the business is carrying on as normal. No contact in person, nothing else. Marsh appears to have no interest in the victim beyond the refund.""",
    spans=[
        ("STALK_CONTACT", "Marsh sent nine emails to the shop address"),
        ("REPETITION", "Between 3 and 21 March"),
        ("RELIGIOUS_HOSTILITY", "filthy Muslim thief"),
        ("RELIGIOUS_HOSTILITY", "your lot should be thrown out of this country"),
        ("DISTRESS", "he is upset and embarrassed"),
    ],
)

case(
    16, "stalking", "CS",
    voice="statement", case="mixed", noise="typos", batch="yb",
    pattern="ex_partner_turns_up_after_pub_threatens_new_boyfriend_victim_not_afraid_for_herself",
    relationship="ex_partner", occasions=6,
    text="""\
Statement of Leanne Fisher. I split with Ryan Tate in the summer. He still cant accept it. He turns up at my flat on Saturday nights after the pub, at least four times since September, knocking and asking to come in and talk. He sends me long messages saying we were perfect together and my new boyfriend Dan is just a phase.

He has said in messages that he will 'do Dan in' if he sees him with me and he said the same to my friend Kerry. I am not scared of Ryan for myself, he has never laid a finger on me and I dont think he would. Im more worried for Dan but Dan says he can look after himself.

It is doing my head in, I dont sleep on a Saturday waiting for the knock. I havent changed anything, I just want him told to leave me alone.""",
    spans=[
        ("FIXATION", "He still cant accept it"),
        ("STALK_TURN_UP", "He turns up at my flat on Saturday nights after the pub"),
        ("REPETITION", "at least four times since September"),
        ("STALK_CONTACT", "He sends me long messages"),
        ("FIXATION", "saying we were perfect together"),
        ("DISTRESS", "It is doing my head in"),
        ("DISTRESS", "I dont sleep on a Saturday waiting for the knock"),
    ],
)

case(
    17, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="abbrev", batch="yb",
    pattern="online_seller_demands_review_removed_repeated_threats_victim_frightened",
    relationship="online", occasions=4,
    text="""\
ip bought a bike off susp (online name 'kris_v') on a selling app 3 wks ago, bike faulty, ip left 1 star review. since 14/08 susp has messaged ip on the app + by text demanding the review comes down. on 15/08 msg 'take it down or ill find u and smash ur face in'. has said it again twice since incl last night, 'last chance or ur getting hurt'. ip v frightened, thinks susp knows her area as he delivered the bike. nothing else, no sightings, no changes made yet. screenshots saved to file.""",
    spans=[
        ("STALK_CONTACT", "messaged ip on the app + by text demanding the review comes down"),
        ("REPETITION", "since 14/08"),
        ("THREAT_VIOLENCE", "take it down or ill find u and smash ur face in"),
        ("REPETITION", "has said it again twice since"),
        ("THREAT_VIOLENCE", "last chance or ur getting hurt"),
        ("FEAR_OF_VIOLENCE", "ip v frightened"),
    ],
)

case(
    18, "aggravated_stalking_fear_alarm_distress", "CSRFD",
    voice="dash_note", case="inconsistent", noise="abbrev", batch="yb",
    pattern="ex_partner_drives_past_follows_car_racist_threats_victim_changes_number_and_nursery",
    relationship="ex_partner", occasions=6,
    text="""\
DASH - HIGH. VIC Fatima Begum (29), SUSP Lee Barker (34), ex-partner, sep Feb. Since sep Barker has driven past VIC's address most nights and followed her car from the nursery on 2 occasions (11/04, 18/04). Msgs: 'you think you can leave me you p**i sl*g', 'ur mine til i say otherwise'. On 18/04 at the lights he wound his window down and said 'i'll cut ur throat'. 21/04 VM: 'ur getting acid in ur face, watch'. VIC v scared he will carry out the threats, sleeping w/ phone in hand. HAS CHANGED MOB NO, moved DD to a different nursery, taken 2 wks leave from work. MARAC referral made.""",
    spans=[
        ("STALK_WATCH", "driven past VIC's address most nights"),
        ("STALK_FOLLOW", "followed her car from the nursery"),
        ("REPETITION", "on 2 occasions (11/04, 18/04)"),
        ("RACIAL_HOSTILITY", "you p**i sl*g"),
        ("FIXATION", "ur mine til i say otherwise"),
        ("THREAT_VIOLENCE", "i'll cut ur throat"),
        ("THREAT_VIOLENCE", "ur getting acid in ur face"),
        ("FEAR_OF_VIOLENCE", "VIC v scared he will carry out the threats"),
        ("SERIOUS_IMPACT", "HAS CHANGED MOB NO"),
        ("SERIOUS_IMPACT", "moved DD to a different nursery"),
        ("SERIOUS_IMPACT", "taken 2 wks leave from work"),
    ],
)

case(
    19, "harassment", "C",
    voice="notebook", case="mixed", noise="abbrev", batch="yb",
    pattern="ex_partner_texts_and_one_visit_about_car_money_victim_fed_up",
    relationship="ex_partner", occasions=4,
    text="""\
Ex-partner (split May) texting IP re £1,200 he says she owes for the car. Approx 30 texts since June, all about money ('where's my 1200', 'you're a thief'), plus came to her door 2/7 asking for it, left when told. No interest in rel, has new GF. IP fed up + upset, no changes. Civil advice given.""",
    spans=[
        ("STALK_CONTACT", "Approx 30 texts since June, all about money"),
        ("STALK_CONTACT", "'you're a thief'"),
        ("STALK_TURN_UP", "came to her door 2/7 asking for it"),
        ("DISTRESS", "IP fed up + upset"),
    ],
)

case(
    20, "aggravated_stalking", "CSR",
    voice="notebook", case="mixed", noise="typos", batch="yb",
    pattern="neighbour_leaves_anti_muslim_notes_on_car_and_logs_her_movements_victim_carries_on",
    relationship="neighbour", occasions=9,
    text="""\
Spoke to IP Mrs Nadia Hussain at home. She wears a hijab. Neighbour across the road (Person B, male 50s) has been leaving notes under her windscreen wiper for about 6 wks, 5 notes in total, all seized. Examples: 'no burkas on this street', 'terrorist parked here'. Person B also sits on a camping chair on his drive every morning at 0815 when she leaves with the kids and writes in a notebook as she goes, she has seen him do it loads of times. On 2 occ he has photographed her car reg. There has never been any dispute with him over parking or anything else, they had never spoken. IP says its horrible and she feels watched, anxious all the time, but she is carrying on as normal, does the school run the same way and isnt going to let him win. Words of advice to be given to Person B, IP supports prosecution if it continues.""",
    spans=[
        ("STALK_PROPERTY", "leaving notes under her windscreen wiper"),
        ("REPETITION", "for about 6 wks, 5 notes in total"),
        ("RELIGIOUS_HOSTILITY", "no burkas on this street"),
        ("RELIGIOUS_HOSTILITY", "terrorist parked here"),
        ("STALK_WATCH", "sits on a camping chair on his drive every morning at 0815 when she leaves with the kids"),
        ("STALK_MONITOR", "writes in a notebook as she goes"),
        ("REPETITION", "On 2 occ"),
        ("STALK_MONITOR", "photographed her car reg"),
        ("DISTRESS", "she feels watched, anxious all the time"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="mixed", noise="typos", batch="yb",
    pattern="ex_partner_sits_outside_nightly_threatens_to_strangle_twice_victim_scared",
    relationship="ex_partner", occasions=6,
    text="""\
OP: Police, what's the address of your emergency?
C: 18 Moor View, its my ex, hes outside again
OP: What's his name?
C: Jamie Cole. We split up in march, he wont take it. He's been outside every night this week sat on the wall
OP: Has he threatened you?
C: tonight he shouted through the door that if he cant have me no one will and hes going to strangle me. He said the exact same thing on tuesday by text. Im really scared hes going to hurt me, I've got the chain on
OP: Is he still there now?
C: hes walking up towards the shop
OP: Officers are on the way. Keep the door locked and stay on the line.""",
    spans=[
        ("FIXATION", "he wont take it"),
        ("STALK_LOITER", "outside every night this week sat on the wall"),
        ("FIXATION", "if he cant have me no one will"),
        ("THREAT_VIOLENCE", "hes going to strangle me"),
        ("REPETITION", "He said the exact same thing on tuesday by text"),
        ("FEAR_OF_VIOLENCE", "Im really scared hes going to hurt me"),
    ],
)

case(
    22, "no_offence", "D",
    voice="supervisor_review", case="mixed", noise="clean", batch="yb",
    pattern="ex_partner_single_doorstep_visit_victim_changes_locks",
    relationship="ex_partner", occasions=1,
    text="""\
Supervisor review. Reported by IP as stalking. On 28/10 her ex-partner Paul Greer, whom she left in August, turned up at her new flat at about 2100, having got the address from a mutual friend. He cried on the doorstep, asked her to come home and left after ten minutes when she asked him to. There has been no contact before or since; he blocked her number himself in September and has since moved to Leeds for work. IP was badly shaken and has since had the locks changed and a video doorbell fitted. One incident only - no course of conduct. Not harassment or stalking. DA non-crime incident recorded, safeguarding advice given, IP content with that.""",
    spans=[
        ("STALK_TURN_UP", "turned up at her new flat at about 2100"),
        ("STALK_CONTACT", "He cried on the doorstep, asked her to come home"),
        ("DISTRESS", "IP was badly shaken"),
        ("SERIOUS_IMPACT", "had the locks changed and a video doorbell fitted"),
    ],
)

case(
    23, "aggravated_harassment_fear_of_violence", "CRF",
    voice="statement", case="mixed", noise="clean", batch="yb",
    pattern="bus_passenger_repeated_anti_sikh_abuse_and_threats_to_driver",
    relationship="customer", occasions=3,
    text="""\
I am a bus driver on the 47 route out of Crossways depot. I am of the Sikh faith and I wear a turban. A man I now know to be Norman Platt has got on my bus at the Crossways stop on three occasions in the past fortnight.

On 3 October he refused to pay and said "I'm not paying a raghead, I'll rip that towel off your head and strangle you with it". On 9 October he got on again, stood by the cab and said "you'll get your throat cut one night, bin Laden". On 14 October he spat on the screen in front of me and got off laughing.

I am frightened he is going to attack me when I am on the late shift and there is nobody else on the bus. I have reported each incident to the depot controller and the on-board CCTV has been kept.""",
    spans=[
        ("REPETITION", "on three occasions in the past fortnight"),
        ("RELIGIOUS_HOSTILITY", "I'm not paying a raghead"),
        ("THREAT_VIOLENCE", "I'll rip that towel off your head and strangle you with it"),
        ("THREAT_VIOLENCE", "you'll get your throat cut one night"),
        ("RELIGIOUS_HOSTILITY", "bin Laden"),
        ("FEAR_OF_VIOLENCE", "I am frightened he is going to attack me when I am on the late shift"),
    ],
)

case(
    24, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="yb",
    pattern="gym_member_knows_victims_routine_waits_by_car_leaves_gift_one_threat_victim_not_scared",
    relationship="stranger", occasions=5,
    text="""\
IP JESS HALLORAN RPTS MALE FROM HER GYM (PURE FITNESS, DOCK ST) KNOWN ONLY AS 'MO'. HAS BEEN AT THE GYM EVERY TIME SHE GOES FOR 3 WKS, TOLD HER HE 'KNOWS HER TIMETABLE BETTER THAN SHE DOES'. WAITED BY HER CAR IN GYM CAR PARK X2. LEFT A PROTEIN SHAKE AND A NOTE ON HER WINDSCREEN. WHEN SHE TOLD HIM TO BACK OFF ON 12/11 HE SAID 'YOU'LL BE SORRY YOU SAID THAT, I'LL HURT YOU'. IP SAYS SHE IS NOT SCARED OF HIM, 'HES A CREEP NOT A HARD MAN', BUT WANTS IT ON RECORD. STILL GOING TO GYM AS NORMAL. GYM MGR AWARE, WILL PROVIDE MEMBERSHIP DETAILS.""",
    spans=[
        ("STALK_TURN_UP", "HAS BEEN AT THE GYM EVERY TIME SHE GOES"),
        ("REPETITION", "FOR 3 WKS"),
        ("FIXATION", "'KNOWS HER TIMETABLE BETTER THAN SHE DOES'"),
        ("STALK_LOITER", "WAITED BY HER CAR IN GYM CAR PARK X2"),
        ("STALK_GIFTS", "LEFT A PROTEIN SHAKE AND A NOTE ON HER WINDSCREEN"),
        ("UNWANTED", "SHE TOLD HIM TO BACK OFF ON 12/11"),
        ("THREAT_VIOLENCE", "YOU'LL BE SORRY YOU SAID THAT, I'LL HURT YOU"),
    ],
)

case(
    25, "harassment", "CD",
    voice="statement", case="mixed", noise="clean", batch="yb",
    pattern="neighbour_hedge_money_dispute_photographs_and_watches_victim_stops_using_garden_and_fits_camera",
    relationship="neighbour", occasions=6,
    text="""\
Dear PCSO Bradley,

Further to your visit on Tuesday, I am writing to set out what has happened with Mr Alan Cross at no. 5 since the hedge was cut back in April. He maintains the hedge is on his land and that I damaged it, and he wants £600 from me for a new one.

Since then he has photographed me every time I park on the street, sometimes leaning out of his upstairs window to do it. He stands at his gate and watches when I am in the front garden and makes remarks about "vandals" and "paying up". It is always about the hedge and the money.

I have stopped using the front garden altogether and I have had a camera put up covering the drive. I now park round the corner on Elm Road so he has nothing to photograph. I am 74 and I do not want a fight, I would just like it to stop.

Yours sincerely,
Margaret Ollerton""",
    spans=[
        ("STALK_WATCH", "photographed me every time I park on the street"),
        ("STALK_WATCH", "stands at his gate and watches when I am in the front garden"),
        ("STALK_CONTACT", "makes remarks about \"vandals\" and \"paying up\""),
        ("SERIOUS_IMPACT", "I have stopped using the front garden altogether"),
        ("SERIOUS_IMPACT", "had a camera put up covering the drive"),
        ("SERIOUS_IMPACT", "I now park round the corner on Elm Road"),
    ],
)

case(
    26, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="clean", batch="yb",
    pattern="stranger_follows_chinese_student_films_and_posts_racist_videos_victim_keeps_routine",
    relationship="stranger", occasions=6,
    text="""\
Campus Security incident report ref CS/0412, forwarded to police 06/03.

Student (Yiwen Zhao, 2nd year Chemistry) reports that an unknown man, white, 40s, dark parka, has been following her between the Harland Library and her halls on Pelham Road. She first noticed him in mid-February and has seen him on at least five evenings since, walking behind her the whole way and stopping when she stops. He has filmed her on his phone. A friend then sent her two TikTok videos of herself walking home, captioned "Chinese virus girl on her way home lol" and "ching chong spotted again". She has reported the videos to the platform.

Miss Zhao says she is upset and keeps looking over her shoulder, but she wants to keep her normal timetable and is still using the library in the evenings. She does not know the man and has never spoken to him. Security have circulated a description to patrols and asked the library to check the entry gate footage.

Officer note (PC 2290 Hurst, 07/03): spoke to Miss Zhao by phone with a Mandarin-speaking colleague on standby, not needed, her English is excellent. She confirmed the account above. She first thought it was coincidence because lots of people use that route, but on the third or fourth evening she crossed the road twice to test it and he crossed both times. She has kept screenshots of both videos and the account name, which has since been changed. The account has around 300 followers and the comments underneath are mostly laughing emojis. She lives in a cluster flat with five others and her flatmates now know to look out for him. She has not told her parents in Shenzhen because she does not want them to worry. Note: the separate report about parking on Pelham Road on the same log is unrelated and has been passed to the council.""",
    spans=[
        ("STALK_FOLLOW", "following her between the Harland Library and her halls on Pelham Road"),
        ("REPETITION", "on at least five evenings since"),
        ("STALK_FOLLOW", "walking behind her the whole way and stopping when she stops"),
        ("STALK_WATCH", "He has filmed her on his phone"),
        ("STALK_PUBLISH", "two TikTok videos of herself walking home"),
        ("RACIAL_HOSTILITY", "Chinese virus girl on her way home lol"),
        ("RACIAL_HOSTILITY", "ching chong spotted again"),
        ("DISTRESS", "she is upset and keeps looking over her shoulder"),
    ],
)

case(
    27, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="yb",
    pattern="former_business_partner_money_dispute_three_threats_victim_frightened",
    relationship="business", occasions=3,
    text="""\
I ran a carpet fitting business with Wayne Ellis until we dissolved the partnership in January. He says I owe him £8,000 from the sale of the van. I dont agree and its with my accountant.

On 3rd Feb he rang me and said if I didnt pay he would 'put me in a wheelchair'. On the 10th he rang again and said he knew people who would sort me out proper and I would be 'picking my teeth up off the floor'. Then on the 24th he turned up at a job I was doing in Halesowen and told me in front of the customer that I had a week before he 'breaks every bone in my body'.

I am frightened of him. He has a conviction for GBH and I believe he will hurt me. Its all about the money with him, he doesnt care about anything else.""",
    spans=[
        ("THREAT_VIOLENCE", "he would 'put me in a wheelchair'"),
        ("THREAT_VIOLENCE", "I would be 'picking my teeth up off the floor'"),
        ("STALK_TURN_UP", "turned up at a job I was doing in Halesowen"),
        ("THREAT_VIOLENCE", "'breaks every bone in my body'"),
        ("FEAR_OF_VIOLENCE", "I am frightened of him"),
        ("FEAR_OF_VIOLENCE", "I believe he will hurt me"),
    ],
)

case(
    28, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="yb",
    pattern="hospital_porter_fixated_on_nurse_follows_to_car_gifts_nurse_transfers_site",
    relationship="colleague", occasions=6,
    text="""\
Crime review 14/9. Originally recorded as harassment - amended. IP (staff nurse, Ward 12) reports colleague Simon Webb (porter) has become fixated on her since she was kind to him at the time of his mum's funeral in May. He tells other staff she is his girlfriend, leaves chocolates in her locker, and has followed her to the staff car park after night shifts on at least 4 occasions, standing by her car until she drives off. She has told him clearly she is not interested; he says she is 'just shy'. No threats. IP has asked for and been granted a transfer to the Wythenshawe site, adding 40 mins to her commute, and no longer works nights. Fixation + concrete change to routine = stalking (s.4A). OIC to obtain HR records and car park CCTV.""",
    spans=[
        ("FIXATION", "has become fixated on her"),
        ("FIXATION", "tells other staff she is his girlfriend"),
        ("STALK_GIFTS", "leaves chocolates in her locker"),
        ("STALK_FOLLOW", "followed her to the staff car park after night shifts"),
        ("REPETITION", "on at least 4 occasions"),
        ("STALK_LOITER", "standing by her car until she drives off"),
        ("UNWANTED", "She has told him clearly she is not interested"),
        ("FIXATION", "he says she is 'just shy'"),
        ("SERIOUS_IMPACT", "granted a transfer to the Wythenshawe site"),
        ("SERIOUS_IMPACT", "no longer works nights"),
    ],
)

case(
    29, "aggravated_harassment", "CRD",
    voice="notebook", case="lower", noise="heavy", batch="yb",
    pattern="line_manager_anti_romanian_messages_and_canteen_abuse_victim_signed_off",
    relationship="colleague", occasions=6,
    text="""\
vic ionut popescu, works @ brackley foods packing line. susp = line mgr carl dunne. over approx 2 mths susp has sent vic msgs on work phone + personal whatsapp re vic's 'slow' work, calling him 'gypsy scum', 'romanian theif', 'go back to ur caravan'. also said 2 vic face to face on 2 occ in canteen 'ur lot are all beggars'. vic says its not personal/not obsessed, susp just hates romanians + wants him off the line. vic signed off by gp w/ stress 3 wks. no threats. screenshots x11 obtained, hr aware.""",
    spans=[
        ("STALK_CONTACT", "susp has sent vic msgs on work phone + personal whatsapp"),
        ("REPETITION", "over approx 2 mths"),
        ("RACIAL_HOSTILITY", "'gypsy scum', 'romanian theif', 'go back to ur caravan'"),
        ("REPETITION", "on 2 occ in canteen"),
        ("RACIAL_HOSTILITY", "'ur lot are all beggars'"),
        ("SERIOUS_IMPACT", "signed off by gp w/ stress 3 wks"),
    ],
)

case(
    30, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="yb",
    pattern="ex_partner_sad_pleading_messages_drives_past_victim_anxious_no_change",
    relationship="ex_partner", occasions=10,
    text="""\
to: safer neighbourhoods
subject: my ex

hi, my ex aaron (we were together 4 yrs, i finished it in jan) keeps messaging me. some examples:
'i know i messed up babe just one coffee'
'cant stop thinking about u, drove past urs last nite, ur light was on'
'i'll wait as long as it takes'
thats about every other day since january. hes not threatening and i dont think hes dangerous, hes just sad. but it makes me feel awful and anxious and i cant move on. i havent blocked him because of his mum. i'm not going to move or anything i just want someone to tell him to stop.
sophie""",
    spans=[
        ("STALK_CONTACT", "keeps messaging me"),
        ("STALK_CONTACT", "'i know i messed up babe just one coffee'"),
        ("STALK_WATCH", "drove past urs last nite, ur light was on"),
        ("FIXATION", "i'll wait as long as it takes"),
        ("REPETITION", "about every other day since january"),
        ("DISTRESS", "it makes me feel awful and anxious"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CRF",
    voice="crime_summary", case="mixed", noise="clean", batch="yb",
    pattern="scaffolder_racist_abuse_and_two_threats_to_black_colleague_victim_fears_injury_at_height",
    relationship="colleague", occasions=2,
    text="""\
Both parties are scaffolders employed by Kestrel Access. The victim, Marcus Bailey, is Black British. On 12 August, on site at Northgate, the suspect Gary Lund called him a 'n*****' and said he would 'drop a pole on his head and make it look like an accident'. On 19 August, in the welfare cabin, Lund repeated the slur and said 'you won't make it to Christmas, boy'. Bailey states he believes Lund will try to injure him at height and he is frightened to work on the same lift as him. He has continued to attend work. W1 (Dean Fairclough) heard the second incident. Site manager has not yet separated the two.""",
    spans=[
        ("RACIAL_HOSTILITY", "called him a 'n*****'"),
        ("THREAT_VIOLENCE", "he would 'drop a pole on his head and make it look like an accident'"),
        ("RACIAL_HOSTILITY", "Lund repeated the slur"),
        ("THREAT_VIOLENCE", "'you won't make it to Christmas, boy'"),
        ("FEAR_OF_VIOLENCE", "he believes Lund will try to injure him at height"),
        ("FEAR_OF_VIOLENCE", "he is frightened to work on the same lift as him"),
    ],
)

case(
    32, "stalking_fear_alarm_distress", "CSFD",
    voice="notebook", case="mixed", noise="abbrev", batch="yb",
    pattern="ex_partner_three_voicemails_in_minutes_pleading_then_threats_kelly_victim_goes_to_mothers",
    relationship="ex_partner", occasions=3,
    text="""\
Attended re IP Rachel Dunn. Ex-partner Stuart Holt, sep 3 wks (he left, now wants to come back). At 2304, 2309 and 2316 last night IP received 3 voicemails from SUSP, listened to by me. VM1: crying, 'please Rach i'm nothing without you'. VM2: 'answer the phone or I swear I'll come round and smash your face in'. VM3: 'you're dead, you hear me, dead'. IP extremely frightened he will come round and hurt her, he has assaulted her before (2021, NFA). IP and children have gone to her mother's in Ince and she has not been back to the house; she has not gone to work today. 3 separate calls = separate occasions (Kelly), course of conduct made out. SUSP circulated on PNC.""",
    spans=[
        ("FIXATION", "now wants to come back"),
        ("REPETITION", "At 2304, 2309 and 2316 last night"),
        ("STALK_CONTACT", "3 voicemails from SUSP"),
        ("FIXATION", "please Rach i'm nothing without you"),
        ("THREAT_VIOLENCE", "I swear I'll come round and smash your face in"),
        ("THREAT_VIOLENCE", "'you're dead, you hear me, dead'"),
        ("FEAR_OF_VIOLENCE", "IP extremely frightened he will come round and hurt her"),
        ("SERIOUS_IMPACT", "IP and children have gone to her mother's in Ince"),
        ("SERIOUS_IMPACT", "she has not gone to work today"),
    ],
)

case(
    33, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="clean", batch="yb",
    pattern="dating_app_one_date_fixation_flood_of_messages_anti_irish_abuse_gifts_to_office_victim_upset",
    relationship="online", occasions=12,
    text="""\
Statement of Siobhan Gallagher. I went on one date with a man called Phil Ransome whom I met on Hinge in September. I told him the next day by message that I didn't want to see him again. Since then he has sent me over a hundred messages saying we have 'something special' and that I am 'the one', and that he will wait for me. When I don't reply they turn nasty: 'typical thick Paddy, can't make your mind up', 'go back to your bog'. He has also sent flowers to my office twice and a parcel of Irish tea with a card saying 'for my Irish girl'. I find it upsetting and I am embarrassed in front of my colleagues, but I have not changed anything in my life because of him and I don't intend to.""",
    spans=[
        ("UNWANTED", "I told him the next day by message that I didn't want to see him again"),
        ("STALK_CONTACT", "sent me over a hundred messages"),
        ("FIXATION", "we have 'something special' and that I am 'the one'"),
        ("FIXATION", "he will wait for me"),
        ("RACIAL_HOSTILITY", "typical thick Paddy"),
        ("RACIAL_HOSTILITY", "go back to your bog"),
        ("STALK_GIFTS", "sent flowers to my office twice"),
        ("STALK_GIFTS", "a parcel of Irish tea with a card"),
        ("DISTRESS", "I find it upsetting and I am embarrassed in front of my colleagues"),
    ],
)

case(
    34, "no_offence", "",
    voice="call_log", case="lower", noise="typos", batch="yb",
    pattern="enforcement_agent_letters_and_visits_for_council_tax_lawful_purpose_caller_distressed",
    relationship="business", occasions=6,
    text="""\
caller reports being 'harrassed by bailiffs'. states she has had 4 letters from castlegate enforcement about council tax arrears and 2 visits to the door in the last month, agents polite, left notice of enforcement both times, no threats, didnt try to force entry. caller at the end of her tether, crying on phone, cant sleep for worrying about it. advised this is a civil enforcement matter not a police matter, gave numbers for citizens advice and stepchange. no offences disclosed. closed.""",
    spans=[
        ("DISTRESS", "caller at the end of her tether, crying on phone"),
        ("DISTRESS", "cant sleep for worrying about it"),
    ],
)

case(
    35, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="statement", case="mixed", noise="typos", batch="yb",
    pattern="ex_partner_sits_outside_flat_voice_notes_racist_abuse_tampers_with_post_victim_moves",
    relationship="ex_partner", occasions=8,
    text="""\
I was with Craig Mellor for 18 months. I am mixed race, my dad is Jamaican. When I ended it in March he started turning up at my flat in Tennyson Court and sitting on the stairs outside my door for hours. He did this maybe 6 or 7 times. He leaves voice notes saying he loves me and cant live without me, then when I dont reply he calls me a 'half caste slag' and says I should go back to my monkey family. Twice he has left my post ripped open on the mat. I gave notice on the flat and I have moved to a new address in Heaton which he doesnt know. He has never threatened to hurt me and I am not frightened of that, I just could not live there any more.""",
    spans=[
        ("STALK_TURN_UP", "started turning up at my flat in Tennyson Court"),
        ("STALK_LOITER", "sitting on the stairs outside my door for hours"),
        ("REPETITION", "maybe 6 or 7 times"),
        ("STALK_CONTACT", "He leaves voice notes"),
        ("FIXATION", "he loves me and cant live without me"),
        ("RACIAL_HOSTILITY", "'half caste slag'"),
        ("RACIAL_HOSTILITY", "go back to my monkey family"),
        ("STALK_PROPERTY", "left my post ripped open on the mat"),
        ("SERIOUS_IMPACT", "I gave notice on the flat and I have moved to a new address in Heaton"),
    ],
)

case(
    36, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="yb",
    pattern="invoice_dispute_emails_and_calls_threat_repeated_victim_not_scared",
    relationship="customer", occasions=24,
    text="""\
IP is a self-employed wedding photographer. SUSP (bride's father, Keith Allard) disputes the final invoice of £950. Since 1/6 SUSP has emailed IP 14 times and rung her mobile approx 10 times demanding the photos be released without payment. In a call on 9/6 he said 'I'll knock your block off if I see you'; he repeated this in an email on 15/6. IP states she is 'not in the slightest bit scared', he is 70 and lives in Cornwall, she just wants the calls to stop. Has not changed anything. Civil dispute re invoice ongoing via small claims.""",
    spans=[
        ("REPETITION", "Since 1/6"),
        ("STALK_CONTACT", "emailed IP 14 times and rung her mobile approx 10 times"),
        ("THREAT_VIOLENCE", "I'll knock your block off if I see you"),
        ("REPETITION", "he repeated this in an email on 15/6"),
    ],
)

case(
    37, "aggravated_harassment", "CR",
    voice="notebook", case="inconsistent", noise="abbrev", batch="yb",
    pattern="ex_partner_child_arrangements_messages_with_anti_chinese_abuse_one_threat_victim_not_afraid",
    relationship="ex_partner", occasions=25,
    text="""\
DA INCIDENT. IP Chen Li (Chinese national) & SUSP Darren Pike share a son (4). CAO in place, contact alt weekends. Dispute since Aug re SUSP wanting extra days over half term. SUSP HAS SENT APPROX 25 MSGS, all re contact + handover times, many abusive: 'you chinky b***h think you can keep my son from me', 'go back to china and eat a bat'. One msg on 22/10 'carry on and you'll get a slap' - IP says she took it as temper, he has never been violent, she is not afraid of him. No ref to wanting rel back, SUSP has new partner + baby. IP angry + upset. No change to arrangements.""",
    spans=[
        ("STALK_CONTACT", "SUSP HAS SENT APPROX 25 MSGS, all re contact + handover times"),
        ("RACIAL_HOSTILITY", "you chinky b***h"),
        ("RACIAL_HOSTILITY", "go back to china and eat a bat"),
        ("THREAT_VIOLENCE", "'carry on and you'll get a slap'"),
        ("DISTRESS", "IP angry + upset"),
    ],
)

case(
    38, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="typos", batch="yb",
    pattern="brother_in_law_inheritance_dispute_two_death_threats_victim_changes_number",
    relationship="family", occasions=5,
    text="""\
ONLINE REPORT FORM
What happened?: my late mums will left the house to me and my brother in law Stephen (my sisters husband) thinks my sister Julie should of got half. since the funeral in july he has been ringing me and texting, all about the will and the house. on 2 aug he said on the phone 'give Julie her share or I'll put you in the ground next to your mother'. last week he texted 'im coming for you when probate's through, you wont see it coming'.
How has it affected you?: i am scared to death of him hes a big man with a temper. Ive changed my number and ive had my son move back in with me so im not on my own.
Suspect details: Stephen Rourke, dob unknown, lives Wigan, drives a white transit""",
    spans=[
        ("STALK_CONTACT", "he has been ringing me and texting, all about the will and the house"),
        ("THREAT_VIOLENCE", "give Julie her share or I'll put you in the ground next to your mother"),
        ("THREAT_VIOLENCE", "im coming for you when probate's through, you wont see it coming"),
        ("FEAR_OF_VIOLENCE", "i am scared to death of him"),
        ("SERIOUS_IMPACT", "Ive changed my number"),
        ("SERIOUS_IMPACT", "ive had my son move back in with me so im not on my own"),
    ],
)

case(
    39, "aggravated_harassment", "CRD",
    voice="statement", case="mixed", noise="clean", batch="yb",
    pattern="landlord_deposit_dispute_weekly_racist_texts_victim_changes_number_and_off_work",
    relationship="landlord", occasions=8,
    text="""\
I rented 22b Carver Street from Mr Derek Haines until 31 January. He has kept my £900 deposit saying there was damage, which I dispute, and it is now with the deposit scheme. Since I moved out he has sent me text messages nearly every week about the deposit and the "state I left it in". They say things like "you Africans live like animals" and "should have known better than to rent to a Nigerian". On 3 March he left a voicemail calling me a "black scrounger". He has no interest in me other than the money.

I have found this very distressing. I changed my phone number on 10 March and I have had to take two weeks off from my job at the bank because I could not concentrate.""",
    spans=[
        ("STALK_CONTACT", "sent me text messages nearly every week about the deposit"),
        ("RACIAL_HOSTILITY", "you Africans live like animals"),
        ("RACIAL_HOSTILITY", "should have known better than to rent to a Nigerian"),
        ("STALK_CONTACT", "On 3 March he left a voicemail"),
        ("RACIAL_HOSTILITY", "calling me a \"black scrounger\""),
        ("DISTRESS", "I have found this very distressing"),
        ("SERIOUS_IMPACT", "I changed my phone number on 10 March"),
        ("SERIOUS_IMPACT", "take two weeks off from my job at the bank"),
    ],
)

case(
    40, "aggravated_harassment_fear_of_violence", "CRF",
    voice="call_log", case="upper", noise="heavy", batch="yb",
    pattern="ex_partner_demands_loan_repayment_racist_threats_to_knife_victim_frightened",
    relationship="ex_partner", occasions=3,
    text="""\
IP AISHA KHAN RPTS EX P/NER GAVIN TODD (SEP 2022, NO CONTACT SINCE TILL THIS MTH) DEMANDING £3K HE SAYS HE LENT HER FOR HER CAR. ALL MSGS R ABOUT THE MONEY, HAS NEW GF, NO INTEREST IN REL. 05/11 TXT 'PAY UP U P**I THEIF OR ILL SMASH UR KNEECAPS'. 09/11 VM 'LAST WARNING, ILL KNIFE U, BROWN RAT'. 12/11 TXT 'UR LOT ALWAYS ON THE TAKE'. IP V FRIGHTNED HE WILL FIND HER AND STAB HER, HE KNOWS WHERE SHE WORKS. NO CHANGES YET. DASH MED.""",
    spans=[
        ("STALK_CONTACT", "DEMANDING £3K HE SAYS HE LENT HER FOR HER CAR"),
        ("RACIAL_HOSTILITY", "U P**I THEIF"),
        ("THREAT_VIOLENCE", "ILL SMASH UR KNEECAPS"),
        ("THREAT_VIOLENCE", "ILL KNIFE U"),
        ("RACIAL_HOSTILITY", "BROWN RAT"),
        ("RACIAL_HOSTILITY", "'UR LOT ALWAYS ON THE TAKE'"),
        ("FEAR_OF_VIOLENCE", "IP V FRIGHTNED HE WILL FIND HER AND STAB HER"),
    ],
)

case(
    41, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="notebook", case="mixed", noise="typos", batch="yb",
    pattern="customer_refused_alcohol_returns_to_shop_racist_threats_owner_closes_early",
    relationship="customer", occasions=5,
    text="""\
Spoke with IP Mr Rajesh Patel, owner of Patel's Convenience, 3 Hollin Lane. Local male known as 'Deano' (Dean Kirby, PNC trace done) was refused sale of alcohol on 14/1 as he was drunk. Since then Kirby has come into the shop or stood in the doorway on 5 occasions shouting abuse. 16/1: 'curry muncher, I'll burn this shop with you in it'. 22/1: told IP 'I'll be waiting for you when you lock up, p**i'. IP is scared Kirby will attack him at closing time. He now shuts at 8pm insted of 10pm and has his son come in to do the lock up with him, which is costing him trade. CCTV good quality, exhibits RP/1-2.""",
    spans=[
        ("STALK_TURN_UP", "come into the shop or stood in the doorway"),
        ("REPETITION", "on 5 occasions"),
        ("RACIAL_HOSTILITY", "curry muncher"),
        ("THREAT_VIOLENCE", "I'll burn this shop with you in it"),
        ("THREAT_VIOLENCE", "I'll be waiting for you when you lock up"),
        ("RACIAL_HOSTILITY", "p**i"),
        ("FEAR_OF_VIOLENCE", "IP is scared Kirby will attack him at closing time"),
        ("SERIOUS_IMPACT", "now shuts at 8pm insted of 10pm"),
        ("SERIOUS_IMPACT", "has his son come in to do the lock up with him"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="yb",
    pattern="ex_partner_breaches_nmo_by_standing_at_gate_brother_delivers_letter_racist_abuse_one_threat",
    relationship="ex_partner", occasions=3,
    text="""\
Breach of NMO (granted 2/8: no contact direct or indirect, not to attend 14 Quarry Bank). IP Grace Mensah. SUSP ex-partner Shaun Tyler. On 19/8 and 27/8 SUSP attended IP's address and stood at the gate for approx 20 mins each time. On 24/8 SUSP's brother Kyle Tyler put a letter from SUSP through the door ('I know you still love me, we can fix this'). On 27/8 when IP told SUSP through the window to go he shouted 'you black c**t, you'll get what's coming'. IP upset, says she is 'sick of it' but not afraid of him; has not changed her routine. One threat only. Both Tylers to be arrested - Kyle for aiding the breach.""",
    spans=[
        ("REPETITION", "On 19/8 and 27/8"),
        ("STALK_TURN_UP", "SUSP attended IP's address"),
        ("STALK_LOITER", "stood at the gate for approx 20 mins each time"),
        ("STALK_CONTACT", "SUSP's brother Kyle Tyler put a letter from SUSP through the door"),
        ("FIXATION", "I know you still love me, we can fix this"),
        ("RACIAL_HOSTILITY", "you black c**t"),
        ("THREAT_VIOLENCE", "you'll get what's coming"),
        ("DISTRESS", "IP upset, says she is 'sick of it'"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSRF",
    voice="statement", case="mixed", noise="typos", batch="yb",
    pattern="online_contact_fixated_after_engagement_publishes_chats_anti_hindu_abuse_acid_and_blade_threats",
    relationship="online", occasions=8,
    text="""\
I know him only as 'Tariq_LDN' on Instagram. We chatted for about two months last year but we never met. When I told him I was getting married he said I was his and nobody elses. Since May he has messaged me from lots of different accounts, he found my husbands Facebook and my work email and messaged both of them too. He has posted screenshots of our old chats on a page with my name on it. When I ignore him he says things like 'Hindu wh*re, you belong to me' and 'I'll throw acid on you before I let him have you'. On 2 July he sent 'I know you park on Ealing Road, I'll be waiting with a blade'. I am terrified he will find me and hurt me. I have not been able to sleep properly since May.""",
    spans=[
        ("FIXATION", "he said I was his and nobody elses"),
        ("STALK_CONTACT", "messaged me from lots of different accounts"),
        ("STALK_MONITOR", "found my husbands Facebook and my work email and messaged both of them too"),
        ("STALK_PUBLISH", "posted screenshots of our old chats on a page with my name on it"),
        ("RELIGIOUS_HOSTILITY", "Hindu wh*re"),
        ("FIXATION", "you belong to me"),
        ("THREAT_VIOLENCE", "I'll throw acid on you before I let him have you"),
        ("STALK_MONITOR", "I know you park on Ealing Road"),
        ("THREAT_VIOLENCE", "I'll be waiting with a blade"),
        ("FEAR_OF_VIOLENCE", "I am terrified he will find me and hurt me"),
        ("DISTRESS", "I have not been able to sleep properly since May"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="updates", case="lower", noise="abbrev", batch="yb",
    pattern="customer_fixated_on_checkout_worker_follows_to_bus_hijab_comments_victim_changes_shift",
    relationship="customer", occasions=8,
    text="""\
handover - ongoing stalking job. ip yasmin ali (22) works checkouts at the aldi on moss lane. male customer (id'd as peter fenwick, 50s) comes in daily and only queues at her till, even when the other tills are empty. has waited outside at the end of her shift and walked behind her to the bus stop x3, got on the same bus once. makes comments 'why do you hide your pretty face under that rag', 'muslim girls need saving from their men'. store mgr has banned him but he now stands in the car park instead. ip has moved onto early shifts so she leaves in daylight + her brother now picks her up. no threats made. ip wants prosecution, statement to be taken tomorrow.""",
    spans=[
        ("STALK_TURN_UP", "comes in daily and only queues at her till"),
        ("STALK_LOITER", "has waited outside at the end of her shift"),
        ("STALK_FOLLOW", "walked behind her to the bus stop x3"),
        ("STALK_FOLLOW", "got on the same bus once"),
        ("RELIGIOUS_HOSTILITY", "why do you hide your pretty face under that rag"),
        ("RELIGIOUS_HOSTILITY", "muslim girls need saving from their men"),
        ("STALK_LOITER", "he now stands in the car park instead"),
        ("SERIOUS_IMPACT", "moved onto early shifts so she leaves in daylight"),
        ("SERIOUS_IMPACT", "her brother now picks her up"),
    ],
)
