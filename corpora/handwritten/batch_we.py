# ruff: noqa: E501
"""Hand-written narratives, writer we: serious alarm or distress, changed routines against mere upset."""

from corpora.handwritten import case

case(
    1, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="mixed", noise="typos", batch="we",
    pattern="ex_partner_waits_at_depot_victim_moves_to_days_and_gets_lifts", relationship="ex_partner", occasions=5,
    text="""\
Diary kept for PC Okafor as asked. Started 2nd Feb.

Mon 3 Feb - Lewis outside the depot again at 6am when I came off nights. Didnt say anything, just stood by the bus shelter looking at me. I walked the long way round to the car park.
Weds 5 Feb - same place, same time. He had a coffee in his hand like he was waiting for a lift. I know hes not.
Fri 7 Feb - he was there at the start of my shift too this time, 9pm. Sat in his van with the engine running.
Sat 8 Feb - texted me 'just want to talk, you owe me that after 6 years'. I didnt reply.
Tue 11 Feb - I have asked Dave my supervisor to move me onto days, he's done it from next week. Mum is picking me up and dropping me off now, I cant face the bus shelter. I havent been to the gym since either because its next door.
He has never threatened me. I just feel sick every time I see his van anywhere.""",
    spans=[
        ("STALK_LOITER", "Lewis outside the depot"),
        ("REPETITION", "again"),
        ("STALK_WATCH", "just stood by the bus shelter looking at me"),
        ("SERIOUS_IMPACT", "I walked the long way round to the car park"),
        ("REPETITION", "same place, same time"),
        ("STALK_TURN_UP", "he was there at the start of my shift too this time"),
        ("STALK_LOITER", "Sat in his van with the engine running"),
        ("STALK_CONTACT", "texted me 'just want to talk, you owe me that after 6 years'"),
        ("SERIOUS_IMPACT", "asked Dave my supervisor to move me onto days"),
        ("SERIOUS_IMPACT", "Mum is picking me up and dropping me off now"),
        ("SERIOUS_IMPACT", "I havent been to the gym since"),
        ("DISTRESS", "I just feel sick every time I see his van anywhere"),
    ],
)

case(
    2, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="we",
    pattern="gym_member_refused_date_new_accounts_waits_by_car_victim_carries_on", relationship="stranger", occasions=4,
    text="""\
CALLER STATES MALE FROM HER GYM (KNOWN ONLY AS 'GAZ') HAS BEEN MESSAGING HER ON INSTA SINCE SHE TURNED DOWN A DRINK 3 WKS AGO. SAYS THEY ARE 'MEANT TO BE TOGETHER' AND SHE 'WILL SEE IT EVENTUALLY'. SHE HAS BLOCKED HIM X2, HE MAKES NEW ACCOUNTS. TONIGHT HE WAS WAITING BY HER CAR IN GYM CAR PARK AT 2140 AND HANDED HER A CARD AND FLOWERS. NO THREATS. IP VERY TEARFUL ON PHONE, SAYS NOT SLEEPING, BUT STATES SHE IS NOT GOING TO LET HIM STOP HER TRAINING AND WILL CARRY ON AS NORMAL. NO INJURIES. ADVISED RE EVIDENCE/SCREENSHOTS. LOG FOR LOCAL OFFICERS TO ATTEND TMRW.""",
    spans=[
        ("STALK_CONTACT", "MESSAGING HER ON INSTA"),
        ("UNWANTED", "SHE TURNED DOWN A DRINK"),
        ("REPETITION", "3 WKS AGO"),
        ("FIXATION", "THEY ARE 'MEANT TO BE TOGETHER'"),
        ("FIXATION", "SHE 'WILL SEE IT EVENTUALLY'"),
        ("UNWANTED", "SHE HAS BLOCKED HIM X2"),
        ("FIXATION", "HE MAKES NEW ACCOUNTS"),
        ("STALK_LOITER", "WAITING BY HER CAR IN GYM CAR PARK"),
        ("STALK_GIFTS", "HANDED HER A CARD AND FLOWERS"),
        ("DISTRESS", "IP VERY TEARFUL ON PHONE"),
        ("DISTRESS", "NOT SLEEPING"),
    ],
)

case(
    3, "harassment", "CD",
    voice="statement", case="mixed", noise="clean", batch="we",
    pattern="neighbour_parking_dispute_photographs_car_victim_fits_camera_parks_elsewhere", relationship="neighbour", occasions=6,
    text="""\
I live at 14 Orchard Rise with my two children. Since the start of March my neighbour at number 16, Mr Colin Ashby, has been in a dispute with me about where I park. The road is unadopted and he says the bit in front of his hedge is his. I do not agree but I have been parking further down to keep the peace.

Despite that, he has photographed my car on at least six occasions, standing at his window or on the pavement with his phone. On 19 March he put a note under my wiper calling me a 'selfish cow'. On 2 April and again on 9 April he knocked on my door and shouted at me about the parking in front of the children. On 14 April he came out while I was unloading shopping and filmed me, saying he was 'building a file for the council'.

He has not threatened me and I don't think he would hurt me. It is about the parking, he has never been interested in me otherwise. But it has got to me. I have had a camera doorbell fitted, I now park on the next street and walk, and I have stopped letting the kids play out the front. I have been to my GP about my nerves.""",
    spans=[
        ("STALK_WATCH", "he has photographed my car"),
        ("REPETITION", "on at least six occasions"),
        ("STALK_CONTACT", "put a note under my wiper calling me a 'selfish cow'"),
        ("REPETITION", "On 2 April and again on 9 April"),
        ("STALK_TURN_UP", "knocked on my door and shouted at me about the parking"),
        ("STALK_WATCH", "filmed me"),
        ("DISTRESS", "it has got to me"),
        ("SERIOUS_IMPACT", "I have had a camera doorbell fitted"),
        ("SERIOUS_IMPACT", "I now park on the next street and walk"),
        ("SERIOUS_IMPACT", "stopped letting the kids play out the front"),
        ("DISTRESS", "I have been to my GP about my nerves"),
    ],
)

case(
    4, "no_offence", "RD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="we",
    pattern="single_racist_remark_by_passing_stranger_victim_changes_route", relationship="stranger", occasions=1,
    text="""\
Crime summary: IP (Mr Tariq Hussain, 52) was walking back from Londis on Fenwick Rd at approx 1915 hrs on 22/10 when unknown male, white, 30s, grey tracksuit, passed him on the pavement and said '[racial slur] go back where you came from'. Male carried on walking towards the Co-op and was not seen again. No previous incidents, IP has never seen the male before. No CCTV on that stretch (checked, shutter cameras only). IP shaken, states he now walks the long way via Mill Lane so he doesn't pass that spot and has stopped going to the Londis in the evenings. One-off, no identified SUSP, filed pending further info. Hate incident flag added.""",
    spans=[
        ("RACIAL_HOSTILITY", "[racial slur] go back where you came from"),
        ("DISTRESS", "IP shaken"),
        ("SERIOUS_IMPACT", "he now walks the long way via Mill Lane"),
        ("SERIOUS_IMPACT", "stopped going to the Londis in the evenings"),
    ],
)

case(
    5, "harassment_fear_of_violence", "CFD",
    voice="notebook", case="lower", noise="heavy", batch="we",
    pattern="neighbour_threatens_elderly_woman_twice_after_dog_report_she_only_goes_out_with_son", relationship="neighbour", occasions=3,
    text="""\
0915 att 3 ashgrove ct re ongoing issue w/ male at no 7 (SUSP dean PRICE). ip mrs k wallace 71yrs. states 12/6 susp shouted across landing 'ill put you through that window you grass' after she reported his dog to housing. 15/6 same again in lift 'you know whats coming'. 20/6 banged on her door 2330 shouting shes a grass. ip says she is terrified he will hurt her, she is elderly & on her own. now only goes out when her son can take her, uses stairs at other end of block so she dont pass his door. visibly shaking throughout. no dv. susp not known for other victims. dash n/a (not da). housing informed. ip happy to provide stmt.""",
    spans=[
        ("THREAT_VIOLENCE", "ill put you through that window you grass"),
        ("REPETITION", "same again"),
        ("THREAT_VIOLENCE", "you know whats coming"),
        ("STALK_TURN_UP", "banged on her door 2330 shouting shes a grass"),
        ("FEAR_OF_VIOLENCE", "she is terrified he will hurt her"),
        ("SERIOUS_IMPACT", "now only goes out when her son can take her"),
        ("SERIOUS_IMPACT", "uses stairs at other end of block so she dont pass his door"),
        ("DISTRESS", "visibly shaking throughout"),
    ],
)

case(
    6, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="vps", case="mixed", noise="clean", batch="we",
    pattern="customer_fixated_on_hijab_wearing_pharmacist_she_moves_branch", relationship="customer", occasions=6,
    text="""\
I am making this statement to explain how this has affected me. I am a pharmacist at the Brook Street branch. From about September a man who collects a prescription there, who I now know as Keith Lowe, started asking for me by name and waiting in the shop until I was free even when other staff could serve him. He would stand by the leaflets and watch me working. He told my colleague that I was 'his girl'. Then the comments about my hijab started. He asked why I 'cover up for a god that hates women' and once said 'your lot should go back to the desert'. He left a Bible and a letter on the counter addressed to me. He has been outside the shop at closing time at least three times, and one night he was at the bus stop I use.

He has never said he would hurt me. But I am not the same person. I asked to be moved to the Halton branch and I now work there three days a week, which adds forty minutes to my journey. My husband collects me from work every evening. I do not wait at bus stops any more. I have stopped wearing my badge with my name on it. I am a private person and it has been humiliating to have to explain all of this to my managers.""",
    spans=[
        ("FIXATION", "started asking for me by name"),
        ("STALK_LOITER", "waiting in the shop until I was free"),
        ("STALK_WATCH", "stand by the leaflets and watch me working"),
        ("FIXATION", "that I was 'his girl'"),
        ("RELIGIOUS_HOSTILITY", "why I 'cover up for a god that hates women'"),
        ("RACIAL_HOSTILITY", "your lot should go back to the desert"),
        ("STALK_GIFTS", "left a Bible and a letter on the counter addressed to me"),
        ("STALK_LOITER", "outside the shop at closing time"),
        ("REPETITION", "at least three times"),
        ("STALK_TURN_UP", "he was at the bus stop I use"),
        ("DISTRESS", "I am not the same person"),
        ("SERIOUS_IMPACT", "I asked to be moved to the Halton branch"),
        ("SERIOUS_IMPACT", "My husband collects me from work every evening"),
        ("SERIOUS_IMPACT", "I do not wait at bus stops any more"),
        ("SERIOUS_IMPACT", "I have stopped wearing my badge"),
    ],
)

case(
    7, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="we",
    pattern="team_leader_racist_remarks_and_bananas_on_forklift_victim_keeps_working", relationship="colleague", occasions=4,
    text="""\
UPDATE 1 (PC 4471 Reyes) 03/05: Spoke to IP Mr Emmanuel Boateng at his home. Works at Greenway Distribution as forklift driver. States SUSP (Craig Tennant, team leader on opposite shift) has on 4 occasions over last month made comments to him at shift handover re his colour: called him a 'monkey' on the 8th, asked if he 'climbed off the boat' on 14th, and twice left bananas on the seat of his forklift with a note 'for the chimp'. No threats made. IP says he is angry and humiliated, doesn't sleep well before shifts. Still going in, wants to keep his job. HR aware, investigation opened by employer.
UPDATE 2 03/05 1640: W1 (co-worker Ryan Pask) confirms hearing 'monkey' comment. Photo of note obtained from IP's phone.
UPDATE 3 07/05: SUSP to be interviewed VA, booked 12/05.""",
    spans=[
        ("REPETITION", "on 4 occasions over last month"),
        ("RACIAL_HOSTILITY", "called him a 'monkey'"),
        ("RACIAL_HOSTILITY", "asked if he 'climbed off the boat'"),
        ("REPETITION", "twice"),
        ("RACIAL_HOSTILITY", "left bananas on the seat of his forklift with a note 'for the chimp'"),
        ("DISTRESS", "angry and humiliated"),
        ("DISTRESS", "doesn't sleep well before shifts"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="we",
    pattern="passenger_threatens_sikh_taxi_driver_on_two_journeys_driver_moves_to_days", relationship="customer", occasions=2,
    text="""\
Supervisor review (Sgt 2210 Malik). Read the log and the two statements. This was closed as a one-off public order but it isn't. IP is a Sikh taxi driver for Castle Cars. The same passenger (SUSP Aaron DOYLE, ID'd from account booking) has been picked up by IP twice, 11/08 and 26/08. On 11/08 SUSP called him a 'towel head' throughout the journey and said he would 'cut that thing off your head and you with it'. On 26/08 SUSP recognised IP, got in anyway, and said 'told you what I'd do, p***, I know where your rank is'. IP has told the firm he is scared Doyle will attack him and won't work the town rank at night now. Re-classify as aggravated harassment (fear of violence). OIC to obtain firm's booking records and dashcam if retained. Also: he has changed to days only - note this for VPS.""",
    spans=[
        ("REPETITION", "twice, 11/08 and 26/08"),
        ("RELIGIOUS_HOSTILITY", "called him a 'towel head' throughout the journey"),
        ("THREAT_VIOLENCE", "he would 'cut that thing off your head and you with it'"),
        ("THREAT_VIOLENCE", "told you what I'd do, p***, I know where your rank is"),
        ("FEAR_OF_VIOLENCE", "he is scared Doyle will attack him"),
        ("SERIOUS_IMPACT", "won't work the town rank at night now"),
        ("SERIOUS_IMPACT", "he has changed to days only"),
    ],
)

case(
    9, "stalking", "CS",
    voice="third_party", case="lower", noise="typos", batch="we",
    pattern="ex_partner_pleading_messages_daily_victim_upset_but_routine_same", relationship="ex_partner", occasions=5,
    text="""\
calling on behalf of my friend Jade, she doesnt want to ring herself. her ex Ryan finished with her in july, well she finished it, and since then hes been messaging her pretty much every day. nothing nasty, its all 'please just give me one more chance', 'i cant live without you jade', 'ill change i promise'. he sent her 40 odd messages on her birthday. he also sent a voice note crying. she's blocked his number but he uses his mums phone. she's in bits to be honest, she cries at work and she's not eating properly but she's still doing everything normally, work, college, she won't let him win. he hasnt threatened her or anything and he's not turned up. she just wants it to stop. can someone speak to him?""",
    spans=[
        ("STALK_CONTACT", "hes been messaging her"),
        ("REPETITION", "pretty much every day"),
        ("FIXATION", "i cant live without you jade"),
        ("STALK_CONTACT", "sent her 40 odd messages on her birthday"),
        ("STALK_CONTACT", "sent a voice note crying"),
        ("UNWANTED", "she's blocked his number"),
        ("FIXATION", "he uses his mums phone"),
        ("DISTRESS", "she's in bits"),
        ("DISTRESS", "she cries at work and she's not eating properly"),
    ],
)

case(
    10, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean", batch="we",
    pattern="dating_app_match_rejected_floods_messages_with_anti_polish_abuse_victim_keeps_routine", relationship="online", occasions=6,
    text="""\
Summary. Victim (Ms Anita Kowalczyk, 29, Polish national, works as a dental nurse) matched with suspect (username 'Deano_77', real name Dean Marsh) on a dating app in January. They met once for coffee. She told him by message the next day that she was not interested in seeing him again. Since then he has sent her in excess of 200 messages across WhatsApp, Instagram and email, alternating between declarations ('I knew you were the one the minute you walked in') and abuse about her nationality ('you Polish [expletive] are all the same, you use men for visas', 'go back to Krakow and take your attitude with you'). He has commented under photos on her dental practice's Facebook page and left a review saying she 'sleeps with patients'. On 3 March he sent her a photograph of her own front door. She has not been threatened. She describes herself as anxious, tearful and jumpy at every notification, but she is still working her normal hours and going out as before. Enquiries with the app ongoing.""",
    spans=[
        ("UNWANTED", "she was not interested in seeing him again"),
        ("STALK_CONTACT", "sent her in excess of 200 messages across WhatsApp, Instagram and email"),
        ("FIXATION", "I knew you were the one the minute you walked in"),
        ("RACIAL_HOSTILITY", "you Polish [expletive] are all the same, you use men for visas"),
        ("RACIAL_HOSTILITY", "go back to Krakow and take your attitude with you"),
        ("STALK_PUBLISH", "commented under photos on her dental practice's Facebook page"),
        ("STALK_PUBLISH", "left a review saying she 'sleeps with patients'"),
        ("STALK_MONITOR", "sent her a photograph of her own front door"),
        ("DISTRESS", "anxious, tearful and jumpy at every notification"),
    ],
)

case(
    11, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="mo_field", case="upper", noise="abbrev", batch="we",
    pattern="neighbour_racist_abuse_and_repeated_arson_threat_family_keeps_children_in", relationship="neighbour", occasions=3,
    text="""\
NEIGHBOUR SHOUTED 'BLACK B*****, GO HOME' AT VIC FROM GARDEN ON 3 OCCASIONS, TWICE THREATENING TO 'BURN YOU OUT'. VIC IN FEAR, FITTED LETTERBOX GUARD, KEEPS CHILDREN INSIDE.""",
    spans=[
        ("RACIAL_HOSTILITY", "SHOUTED 'BLACK B*****, GO HOME' AT VIC"),
        ("REPETITION", "ON 3 OCCASIONS"),
        ("REPETITION", "TWICE"),
        ("THREAT_VIOLENCE", "THREATENING TO 'BURN YOU OUT'"),
        ("FEAR_OF_VIOLENCE", "VIC IN FEAR"),
        ("SERIOUS_IMPACT", "FITTED LETTERBOX GUARD"),
        ("SERIOUS_IMPACT", "KEEPS CHILDREN INSIDE"),
    ],
)

case(
    12, "no_offence", "D",
    voice="result_note", case="mixed", noise="clean", batch="we",
    pattern="debt_collector_letters_and_calls_lawful_victim_signed_off_with_stress", relationship="business", occasions=7,
    text="""\
Result: NFA - no offence. Mr Barrowcliffe reported being harassed by Northgate Credit Services over an old catalogue debt of £640. Reviewed the correspondence he provided: four letters over ten weeks and two phone calls during office hours, all polite in tone, setting out the balance and offering a payment plan. One doorstep visit by a field agent who left a card when nobody answered. This is a creditor pursuing a debt it is entitled to pursue and the contact is not excessive. I appreciate it has hit him hard - he has been signed off work for a month with stress and has stopped answering the door at all - and I have given him the StepChange details and explained how to dispute the debt if he thinks it isn't his. Advised he can go to the Financial Ombudsman if he believes the firm has not followed the rules. Closed.""",
    spans=[
        ("DISTRESS", "it has hit him hard"),
        ("SERIOUS_IMPACT", "he has been signed off work for a month with stress"),
        ("SERIOUS_IMPACT", "has stopped answering the door at all"),
    ],
)

case(
    13, "harassment", "C",
    voice="call_log", case="mixed", noise="abbrev", batch="we",
    pattern="former_business_partner_three_abusive_voicemails_in_minutes_over_cafe_money", relationship="business", occasions=4,
    text="""\
1102 RP Ms Sandra Oyelaran. States her former business partner Glen Harte left 3 voicemails on her mobile last night between 2251 and 2258, each one more abusive - calling her a thief, a 'lying [expletive]' and saying he'll 'tell everyone what you are'. This follows their cafe closing in Aug and a row over the money from the sale of the equipment. She had a similar voicemail from him on 30/09. Not threatened. RP upset, says she didn't sleep, shaking when she listened to them this morning. Has kept the voicemails. Doesn't want to change her number as it's her work number. Asked for words of advice to SUSP. Crime raised as harassment, OIC to review voicemails.""",
    spans=[
        ("STALK_CONTACT", "left 3 voicemails on her mobile last night"),
        ("REPETITION", "between 2251 and 2258"),
        ("ESCALATION", "each one more abusive"),
        ("STALK_CONTACT", "calling her a thief, a 'lying [expletive]'"),
        ("STALK_CONTACT", "a similar voicemail from him on 30/09"),
        ("DISTRESS", "RP upset, says she didn't sleep, shaking when she listened to them"),
    ],
)

case(
    14, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="we",
    pattern="ex_partner_breaches_non_molestation_order_by_turning_up_victim_changes_school_run_and_number", relationship="ex_partner", occasions=5,
    text="""\
Update 14/11 PC Harker: IP Shona Reid rang in. Her ex (SUSP Martin Reid) has a non-mol order (Family Court, Oct) not to come within 100m of her address or her work at the Riverside surgery. Today at 0805 he was sitting in his car in the surgery car park when she arrived. He did not get out or speak. She says this is the third time since the order - 4/11 outside the school gates at pick-up, 9/11 walking past her house twice on the same evening.
Update 14/11 PC Harker: Spoke to IP in person. No threats from him at any point, never has been physical. She says she's 'not scared of him, I'm sick of him' but has now stopped doing school pick-up (her mum does it), has asked the surgery to let her park round the back and has had a Ring doorbell fitted. Also changed her mobile no. last week after he kept ringing from withheld.
Update 15/11 Sgt Amis: Breach of NMO and stalking. SUSP to be arrested. Risk MEDIUM.""",
    spans=[
        ("STALK_LOITER", "he was sitting in his car in the surgery car park"),
        ("REPETITION", "this is the third time since the order"),
        ("STALK_TURN_UP", "outside the school gates at pick-up"),
        ("STALK_WATCH", "walking past her house"),
        ("REPETITION", "twice on the same evening"),
        ("SERIOUS_IMPACT", "stopped doing school pick-up"),
        ("SERIOUS_IMPACT", "asked the surgery to let her park round the back"),
        ("SERIOUS_IMPACT", "had a Ring doorbell fitted"),
        ("SERIOUS_IMPACT", "changed her mobile no. last week"),
        ("STALK_CONTACT", "he kept ringing from withheld"),
    ],
)

case(
    15, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="clean", batch="we",
    pattern="post_office_customer_threatens_young_clerk_twice_over_parcel_dad_now_collects_him", relationship="customer", occasions=3,
    text="""\
I work behind the counter at Kendal Road Post Office. On Tuesday 4 June a customer I know as Mr Vickers came in to collect a parcel that had been returned to the depot. When I told him it wasn't there he leaned over the counter and said 'I'll come round that side and break your jaw'. My manager asked him to leave. He came back on Thursday 6 June and stood at the window staring at me, then said 'remember what I told you, I meant it'. On Saturday he rang the branch and asked if 'the little lad with the glasses' was working.

I am frightened that he is going to wait for me after work and hurt me. I am 19 and have never had anything like this. I have been getting my dad to pick me up since. I do not want to lose my job over this but I feel sick coming in.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll come round that side and break your jaw"),
        ("STALK_WATCH", "stood at the window staring at me"),
        ("THREAT_VIOLENCE", "remember what I told you, I meant it"),
        ("STALK_CONTACT", "rang the branch and asked if 'the little lad with the glasses' was working"),
        ("FEAR_OF_VIOLENCE", "I am frightened that he is going to wait for me after work and hurt me"),
        ("SERIOUS_IMPACT", "I have been getting my dad to pick me up since"),
        ("DISTRESS", "I feel sick coming in"),
    ],
)

case(
    16, "stalking_fear_alarm_distress", "CSD",
    voice="judgment", case="mixed", noise="clean", batch="we",
    pattern="downstairs_neighbour_logs_movements_notes_and_photos_victim_signed_off_and_moves_away", relationship="neighbour", occasions=12,
    text="""\
Sentencing remarks (extract). Mr Pollard, you are 58 and you lived in the flat directly below Miss Ferreira. Over about seven months you became preoccupied with her. You kept a notebook, recovered by the police, in which you recorded when she came and went, who visited, and what she was wearing. You left notes under her door, at least eleven of them, some affectionate and some complaining that she was 'ignoring' you. You took photographs of her through your window as she walked to her car. You never threatened her and I accept you did not set out to frighten her. But the effect on her has been profound. She told the court, in a statement I have read with care, that she had a camera installed above her door, stopped using the communal garden, was signed off work by her doctor for six weeks and in the end gave up her tenancy and moved in with her sister forty miles away. That is a long way from ordinary upset.""",
    spans=[
        ("REPETITION", "Over about seven months"),
        ("FIXATION", "you became preoccupied with her"),
        ("STALK_MONITOR", "You kept a notebook"),
        ("STALK_MONITOR", "you recorded when she came and went, who visited, and what she was wearing"),
        ("STALK_CONTACT", "You left notes under her door"),
        ("REPETITION", "at least eleven of them"),
        ("FIXATION", "complaining that she was 'ignoring' you"),
        ("STALK_WATCH", "You took photographs of her through your window"),
        ("SERIOUS_IMPACT", "she had a camera installed above her door"),
        ("SERIOUS_IMPACT", "stopped using the communal garden"),
        ("SERIOUS_IMPACT", "was signed off work by her doctor for six weeks"),
        ("SERIOUS_IMPACT", "gave up her tenancy and moved in with her sister forty miles away"),
    ],
)

case(
    17, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="abbrev", batch="we",
    pattern="ex_partner_turns_up_and_abuses_victim_over_conversion_to_islam_victim_on_edge_no_change", relationship="ex_partner", occasions=5,
    text="""\
DASH risk note - PC 2981 Bell. IP (Farah, 34) separated from SUSP (Liam Court, 36) in May after 3 yr relationship. IP converted to Islam during relationship, SUSP did not. Since the split he has turned up at her flat 3 times uninvited, messaged daily asking to 'come home', and on 2 of those visits shouted that she'd 'picked a terrorist religion over me' and called her a 'brainwashed Muslim sl*g'. Also sent msgs mocking her headscarf. No threats to harm made. No hx of physical violence. IP anxious, tearful during DASH, says she's 'on edge all the time' but has not changed anything, still lives & works same places, refuses refuge/IDVA referral for now. DASH = 6 ticks, STANDARD risk. Stalking screening completed - he told her 'I'll wait as long as it takes'. Referral to DA team for follow-up.""",
    spans=[
        ("STALK_TURN_UP", "turned up at her flat"),
        ("REPETITION", "3 times"),
        ("STALK_CONTACT", "messaged daily asking to 'come home'"),
        ("RELIGIOUS_HOSTILITY", "she'd 'picked a terrorist religion over me'"),
        ("RELIGIOUS_HOSTILITY", "called her a 'brainwashed Muslim sl*g'"),
        ("RELIGIOUS_HOSTILITY", "sent msgs mocking her headscarf"),
        ("DISTRESS", "IP anxious, tearful during DASH"),
        ("DISTRESS", "she's 'on edge all the time'"),
        ("FIXATION", "I'll wait as long as it takes"),
    ],
)

case(
    18, "harassment", "CD",
    voice="crime_summary", case="lower", noise="typos", batch="we",
    pattern="neighbour_homophobic_abuse_gay_couple_change_routes_and_sell_house", relationship="neighbour", occasions=5,
    text="""\
summary - ip mr jonathan pryce and his partner mr aled morgan are a gay couple living at 5 birch cl. susp (mr terry hagan, lives opposite) has on 4 occ since easter shouted homophobic abuse at them in the street ('f****** p****', 'disgusting'), spat on the ground at ip's feet when he walked past on 2/6 and put a note through the door saying 'no one wants your sort here'. no threats of violence. ip says they have stopped walking into town together, they now leave by the back lane and they have put the house on the market. ip says he is 'done with this street'. hate crime flag (sexual orientation) added. refer to housing assn for the tenancy side.""",
    spans=[
        ("REPETITION", "on 4 occ since easter"),
        ("STALK_CONTACT", "shouted homophobic abuse at them in the street"),
        ("STALK_CONTACT", "spat on the ground at ip's feet"),
        ("STALK_CONTACT", "put a note through the door saying 'no one wants your sort here'"),
        ("SERIOUS_IMPACT", "stopped walking into town together"),
        ("SERIOUS_IMPACT", "they now leave by the back lane"),
        ("SERIOUS_IMPACT", "put the house on the market"),
        ("DISTRESS", "he is 'done with this street'"),
    ],
)

case(
    19, "aggravated_stalking", "CSR",
    voice="statement", case="inconsistent", noise="typos", batch="we",
    pattern="night_porter_fixated_on_romanian_care_assistant_gifts_and_rota_checking_with_anti_romanian_abuse", relationship="colleague", occasions=6,
    text="""\
i work as a care assistant at Lyndhurst House nursing home. Darius Cole started as a night porter in january. At first he was friendly, then he started leaving things in my locker - chocolates, a bracelet, a card saying 'I think about you every minute of every shift'. I told him in the staff room in front of Bev that I had a partner and wasnt interested. He said 'he doesnt deserve you, I can wait'.
After that he would swap onto my shifts. He looked at the rota and knew which days I was on. Twice I found him stood by my car at 7am when I came off nights. When i didnt respond to him he started on about me being Romanian. he said 'you people come here and think you're too good for us', and in a message he called me a 'gypsy tart' and said romanians are 'thieves the lot of them'.
He has not threatened me. I am not sleeping well and I have cried in the toilets at work more than once. I havent changed my shifts or anything because I love my job and I wont let him push me out.""",
    spans=[
        ("STALK_GIFTS", "leaving things in my locker - chocolates, a bracelet, a card"),
        ("FIXATION", "I think about you every minute of every shift"),
        ("UNWANTED", "I had a partner and wasnt interested"),
        ("FIXATION", "he doesnt deserve you, I can wait"),
        ("STALK_MONITOR", "he would swap onto my shifts"),
        ("STALK_MONITOR", "He looked at the rota and knew which days I was on"),
        ("REPETITION", "Twice"),
        ("STALK_LOITER", "stood by my car at 7am when I came off nights"),
        ("RACIAL_HOSTILITY", "you people come here and think you're too good for us"),
        ("RACIAL_HOSTILITY", "called me a 'gypsy tart'"),
        ("RACIAL_HOSTILITY", "romanians are 'thieves the lot of them'"),
        ("DISTRESS", "I am not sleeping well"),
        ("DISTRESS", "I have cried in the toilets at work more than once"),
    ],
)

case(
    20, "aggravated_harassment_fear_of_violence", "CRF",
    voice="updates", case="mixed", noise="abbrev", batch="we",
    pattern="landlord_chasing_arrears_racist_threats_on_two_visits_then_text", relationship="landlord", occasions=3,
    text="""\
Update 1 - 21/01 PC Nowak. IP Mr Ahmed Farouk, tenant at 22a Station Parade. Landlord (SUSP Barry Gilmore) came to flat 18/01 re rent arrears (IP accepts he is 1 month behind). Says SUSP told him 'you Arabs never pay, I'll drag you out by your beard'. 20/01 SUSP returned with another male, banged on door, shouted 'get out of my flat you terrorist or I'll break your legs'. IP says he is frightened to be in the flat, thinks SUSP will come back and assault him. IP very anxious, hardly sleeping.
Update 2 - 22/01: Spoke to SUSP by phone. Accepts going round 'to sort the rent'. Denies threats. Advised re Protection from Eviction Act, any possession must go through court. Words of advice given re conduct.
Update 3 - 25/01 PC Nowak: IP reports SUSP sent text 'still here? not for long p***'. Screenshot obtained. Crime upgraded, SUSP for VA interview.""",
    spans=[
        ("RACIAL_HOSTILITY", "you Arabs never pay"),
        ("THREAT_VIOLENCE", "I'll drag you out by your beard"),
        ("STALK_TURN_UP", "banged on door"),
        ("RACIAL_HOSTILITY", "get out of my flat you terrorist"),
        ("THREAT_VIOLENCE", "or I'll break your legs"),
        ("FEAR_OF_VIOLENCE", "thinks SUSP will come back and assault him"),
        ("DISTRESS", "IP very anxious, hardly sleeping"),
        ("STALK_CONTACT", "sent text 'still here? not for long p***'"),
    ],
)

case(
    21, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="clean", batch="we",
    pattern="ex_partner_two_incidents_six_months_apart_with_reconciliation_between", relationship="ex_partner", occasions=2,
    text="""\
Supervisor's review, Sgt Fairley. Reported as stalking by the IP's sister. Having read it through, I don't think it meets the threshold. The two incidents are: (1) in February, after the IP ended the relationship, the SUSP waited outside her work one evening and asked her to talk; she refused and he left. (2) In late August, the SUSP turned up at her flat after a night out and would not leave until her flatmate threatened to call us. In between, the IP and SUSP got back together in April and were together until early August; she describes that period as 'fine, normal'. Two incidents six months apart with a reconciliation between them are not a connected course of conduct. No contact since the August incident. IP upset about August but not frightened, does not want police action, just wanted it logged. Advice given re future contact, DASH completed (standard). NFA, crime cancelled, incident retained.""",
    spans=[
        ("STALK_LOITER", "waited outside her work one evening"),
        ("STALK_TURN_UP", "turned up at her flat after a night out"),
        ("DISTRESS", "IP upset about August"),
    ],
)

case(
    22, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="call_log", case="upper", noise="heavy", batch="we",
    pattern="stranger_rides_victims_bus_watches_her_at_college_anti_muslim_remarks_mother_now_drives_her", relationship="stranger", occasions=6,
    text="""\
CALLER IS FEMALE, 17, WITH MOTHER. STATES SAME MALE (WHITE, 40S, BEARD, HI VIS JACKET) GETS ON THE 42 BUS AT HER STOP EVERY MORNING SINCE START OF TERM AND SITS WHERE HE CAN SEE HER. HAS GOT OFF AT HER COLLEGE STOP X3 AND STOOD ACROSS RD WATCHING. SHE WEARS HIJAB - TODAY HE SAT BEHIND HER AND SAID QUIETLY 'TAKE THAT RAG OFF, YOU'RE IN ENGLAND NOW' AND 'I KNOW WHERE YOU GET OFF, MUSLIM GIRL'. YDAY HE FOLLOWED HER TO THE COLLEGE GATES. NO THREATS OF VIOLENCE. MOTHER NOW DRIVING HER TO COLLEGE, CALLER WONT GO TO TOWN ON HER OWN ANYMORE. CALLER V UPSET, CRYING IN BACKGROUND. DESC CIRC'D. OFFRS TO ATTEND HOME ADDR TONIGHT. GRADE 2.""",
    spans=[
        ("STALK_FOLLOW", "GETS ON THE 42 BUS AT HER STOP"),
        ("REPETITION", "EVERY MORNING SINCE START OF TERM"),
        ("STALK_WATCH", "SITS WHERE HE CAN SEE HER"),
        ("STALK_FOLLOW", "HAS GOT OFF AT HER COLLEGE STOP"),
        ("REPETITION", "X3"),
        ("STALK_WATCH", "STOOD ACROSS RD WATCHING"),
        ("RELIGIOUS_HOSTILITY", "TAKE THAT RAG OFF, YOU'RE IN ENGLAND NOW"),
        ("RELIGIOUS_HOSTILITY", "I KNOW WHERE YOU GET OFF, MUSLIM GIRL"),
        ("STALK_FOLLOW", "FOLLOWED HER TO THE COLLEGE GATES"),
        ("SERIOUS_IMPACT", "MOTHER NOW DRIVING HER TO COLLEGE"),
        ("SERIOUS_IMPACT", "CALLER WONT GO TO TOWN ON HER OWN ANYMORE"),
        ("DISTRESS", "CALLER V UPSET, CRYING IN BACKGROUND"),
    ],
)

case(
    23, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="abbrev", batch="we",
    pattern="brother_repeats_death_threat_over_late_mothers_house", relationship="family", occasions=3,
    text="""\
1340 spoke to ip paul sewell at home addr re brother mark sewell. dispute over late mother's house, probate ongoing. 2/4 susp rang ip: 'if you sell that house ill kill you, i mean it'. has said it again twice since, once on phone and once outside the solicitors on 11/4. ip believes his brother will do it, susp has prev for gbh. ip frightened for own safety, not sleeping. crime raised, stmt tmrw.""",
    spans=[
        ("THREAT_VIOLENCE", "if you sell that house ill kill you, i mean it"),
        ("REPETITION", "has said it again twice since"),
        ("FEAR_OF_VIOLENCE", "ip believes his brother will do it"),
        ("FEAR_OF_VIOLENCE", "ip frightened for own safety"),
        ("DISTRESS", "not sleeping"),
    ],
)

case(
    24, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="victim_diary", case="lower", noise="typos", batch="we",
    pattern="white_ex_partner_racist_voicemails_and_drive_bys_victim_moves_to_shelter_flat", relationship="ex_partner", occasions=6,
    text="""\
my diary since i left him. started it bc the IDVA said to.

28th - he was outside nans when i got back from work. just stood there. i went straight in.
30th - 14 missed calls. voicemail saying i'd 'go back to my own kind' and 'no white man will touch you now'. he never talked like that when we were together, only when he was drunk.
2nd - flowers on the doorstep at nans with a card 'forgive me'. nan put them in the bin.
5th - saw his car go past nans twice in ten mins. i know its his, the dent on the back.
6th - text 'you black b**** you'll come crawling back'.
9th - I've moved into the flat Shelter found me the other side of town. didnt tell anyone the address except mum. changed my number again. i get the bus from a different stop now and i dont go to the Asda near nans anymore.
he's never said he'll hurt me. i just cant breathe when i see a car like his.""",
    spans=[
        ("STALK_LOITER", "he was outside nans when i got back from work"),
        ("STALK_WATCH", "just stood there"),
        ("STALK_CONTACT", "14 missed calls"),
        ("RACIAL_HOSTILITY", "go back to my own kind"),
        ("RACIAL_HOSTILITY", "no white man will touch you now"),
        ("STALK_GIFTS", "flowers on the doorstep at nans with a card 'forgive me'"),
        ("STALK_WATCH", "saw his car go past nans twice in ten mins"),
        ("RACIAL_HOSTILITY", "you black b**** you'll come crawling back"),
        ("SERIOUS_IMPACT", "I've moved into the flat Shelter found me"),
        ("SERIOUS_IMPACT", "changed my number again"),
        ("SERIOUS_IMPACT", "i get the bus from a different stop now"),
        ("SERIOUS_IMPACT", "i dont go to the Asda near nans anymore"),
        ("DISTRESS", "i just cant breathe when i see a car like his"),
    ],
)

case(
    25, "aggravated_harassment", "CRD",
    voice="vps", case="mixed", noise="clean", batch="we",
    pattern="community_group_disagreement_turns_into_racist_messages_victim_changes_number_and_closes_accounts", relationship="online", occasions=5,
    text="""\
Victim personal statement of Chidi Nwosu. In June I posted in the Hartley Village community group about the speeding on Moor Lane. A man called Steven Yeats replied and we disagreed. Since then he has sent me private messages on Facebook at least fifteen times, and found my mobile number from my business page and texted me. The messages call me a 'jungle bunny', tell me to 'go back to Lagos and speed there' and say that people like me are 'ruining this village'. He has not threatened me and I have never met him.

I want the court to know what this has done. I changed my mobile number, which has cost my decorating business work because old customers cannot reach me. I have closed my Facebook account and left the group. My wife now opens all the post in case he has found our address. I do not walk the dog on Moor Lane anymore because I know he lives near there. I feel ashamed that a stranger has been able to do this to me.""",
    spans=[
        ("STALK_CONTACT", "sent me private messages on Facebook"),
        ("REPETITION", "at least fifteen times"),
        ("STALK_CONTACT", "found my mobile number from my business page and texted me"),
        ("RACIAL_HOSTILITY", "call me a 'jungle bunny'"),
        ("RACIAL_HOSTILITY", "go back to Lagos and speed there"),
        ("RACIAL_HOSTILITY", "people like me are 'ruining this village'"),
        ("SERIOUS_IMPACT", "I changed my mobile number"),
        ("SERIOUS_IMPACT", "I have closed my Facebook account and left the group"),
        ("SERIOUS_IMPACT", "My wife now opens all the post"),
        ("SERIOUS_IMPACT", "I do not walk the dog on Moor Lane anymore"),
        ("DISTRESS", "I feel ashamed"),
    ],
)

case(
    26, "harassment", "C",
    voice="call_log", case="mixed", noise="abbrev", batch="we",
    pattern="football_mate_owed_money_two_threats_and_calls_victim_not_scared", relationship="acquaintance", occasions=3,
    text="""\
1915 RP Mr Daniel Kerr. Wants it logged. Ex-mate from football (Lee Bartram) owes RP £300, RP has been asking for it back. Since RP posted on the team WhatsApp that Lee doesn't pay his debts, Lee has messaged RP privately 'say that again and I'll knock you out' (Sat) and 'your going to get a slap when I see you' (Mon), and last night rang him 6 times in an hour calling him a grass and a [expletive]. RP laughed it off, says 'he's all mouth, I'm not bothered by him in the slightest, I'm twice his size'. Annoyed by the calls and wants them to stop. Advised re blocking, crime raised, OIC to contact SUSP.""",
    spans=[
        ("THREAT_VIOLENCE", "say that again and I'll knock you out"),
        ("THREAT_VIOLENCE", "your going to get a slap when I see you"),
        ("STALK_CONTACT", "last night rang him 6 times in an hour calling him a grass and a [expletive]"),
    ],
)

case(
    27, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="we",
    pattern="ex_partner_drive_pasts_and_letters_one_regret_remark_victim_not_in_fear_routine_same", relationship="ex_partner", occasions=5,
    text="""\
Update 09/03 PC Dunn: IP Kerry Ashworth, ex of SUSP Jordan Platt (split Dec). Since New Year SUSP has been driving past her house most evenings, has commented on her new haircut in a text ('saw you at Tesco, suits you'), and has left 3 letters through her door asking her to 'think about us'. On 4/3, when she told him on the phone for the last time to leave her alone, he said 'you'll regret this, I'll make sure you do' and hung up. Nothing like that before or since. IP thinks it was said in temper, she's not scared he'll hurt her but she's 'wound up all the time', not sleeping properly. Carrying on as normal, same job, same routine, doesn't want to move.
Update 10/03 Sgt Yates: Ex-partner, repeated drive-pasts + letters, the one remark on 4/3. Stalking. Arrest on sight.
Update 11/03 PC Dunn: SUSP arrested, interviewed, admits the driving past, 'just wanted to see she was ok'. RUI.""",
    spans=[
        ("REPETITION", "Since New Year"),
        ("STALK_WATCH", "driving past her house"),
        ("REPETITION", "most evenings"),
        ("STALK_MONITOR", "commented on her new haircut in a text ('saw you at Tesco, suits you')"),
        ("STALK_CONTACT", "left 3 letters through her door asking her to 'think about us'"),
        ("UNWANTED", "told him on the phone for the last time to leave her alone"),
        ("THREAT_VIOLENCE", "you'll regret this, I'll make sure you do"),
        ("DISTRESS", "she's 'wound up all the time', not sleeping properly"),
    ],
)

case(
    28, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="clean", batch="we",
    pattern="neighbour_fixated_on_hindu_man_after_small_kindness_anti_hindu_leaflets_no_routine_change", relationship="neighbour", occasions=6,
    text="""\
I am Vikram Desai, 41. I live at Flat 9, Linden Court. In about April I helped a woman from Flat 14, who I know as Tracey, carry her shopping up the stairs. Since then she has knocked on my door most evenings with food or small presents, which I always politely refused. She has written me letters saying we have 'a special bond' and that she knows I 'feel it too'. I have a wife and told Tracey this clearly on 3 May. After that the letters changed. She wrote that my wife 'worships cows and statues' and that I should 'give up that heathen nonsense and find Jesus with me'. She pushed a leaflet about 'idol worshippers going to hell' under our door and scratched something on our nameplate beside the Om sticker.

She sits on the bench outside the block when I get home from work, every day this week. She has never threatened me. My wife is anxious and I am not sleeping well, but we have not changed anything about how we live. I want this to stop.""",
    spans=[
        ("STALK_TURN_UP", "knocked on my door"),
        ("REPETITION", "most evenings"),
        ("STALK_GIFTS", "with food or small presents"),
        ("FIXATION", "we have 'a special bond'"),
        ("FIXATION", "I 'feel it too'"),
        ("UNWANTED", "told Tracey this clearly on 3 May"),
        ("RELIGIOUS_HOSTILITY", "my wife 'worships cows and statues'"),
        ("RELIGIOUS_HOSTILITY", "give up that heathen nonsense and find Jesus with me"),
        ("RELIGIOUS_HOSTILITY", "pushed a leaflet about 'idol worshippers going to hell' under our door"),
        ("STALK_PROPERTY", "scratched something on our nameplate beside the Om sticker"),
        ("STALK_LOITER", "sits on the bench outside the block when I get home from work"),
        ("REPETITION", "every day this week"),
        ("DISTRESS", "I am not sleeping well"),
    ],
)

case(
    29, "harassment_fear_of_violence", "CFD",
    voice="vps", case="mixed", noise="typos", batch="we",
    pattern="mechanic_threatens_parts_clerk_who_reported_him_repeatedly_she_is_signed_off", relationship="colleague", occasions=3,
    text="""\
Victim Personal Statement - Lauren Mitchell

I have worked at Denholm Motors for 8 years in the parts department. Gary Fenwick is one of the mechanics. It started when I reported him for taking parts off the books. On 11 October he came into the parts office and said 'you grassed me up, I'll wait for you in the car park and smash your face in'. On 16 October he said almost the same thing in the canteen in front of two apprentices. On 19 October there was a note on my windscreen saying 'car park. soon.'

I genuinly beleive he would hurt me. He is a big man and he has a temper everyone knows about. Since then I have been signed off sick by my GP with anxiety, I have not been back to work in five weeks and I dont know if I can go back while he is there. I have my husband walk me to the car even to go to the shops. I dont sleep.""",
    spans=[
        ("THREAT_VIOLENCE", "you grassed me up, I'll wait for you in the car park and smash your face in"),
        ("THREAT_VIOLENCE", "he said almost the same thing in the canteen"),
        ("THREAT_VIOLENCE", "a note on my windscreen saying 'car park. soon.'"),
        ("FEAR_OF_VIOLENCE", "I genuinly beleive he would hurt me"),
        ("SERIOUS_IMPACT", "I have been signed off sick by my GP with anxiety"),
        ("SERIOUS_IMPACT", "I have not been back to work in five weeks"),
        ("SERIOUS_IMPACT", "I have my husband walk me to the car even to go to the shops"),
        ("DISTRESS", "I dont sleep"),
    ],
)

case(
    30, "aggravated_harassment", "CR",
    voice="notebook", case="lower", noise="abbrev", batch="we",
    pattern="customer_racist_abuse_of_takeaway_owner_on_three_visits_owner_keeps_working", relationship="customer", occasions=3,
    text="""\
2110 att golden dragon t/a, 31 high st. ip mr wei chen (owner). susp local male (known as 'skinner', desc on file) came in tonight, ordered, then said 'hurry up ching chong' & made slant-eye gesture at ip. left after ip refused to serve him. ip states same male did similar on 2 prev visits in last fortnight - called him 'covid boy' and told him 'take your bat soup back to china'. no threats. ip says he feels humiliated in his own shop and his wife is upset, both still working as normal. cctv for tonight seized (usb exhibit ja/1). hate crime. enquiries to id susp w/ local ncot.""",
    spans=[
        ("RACIAL_HOSTILITY", "hurry up ching chong"),
        ("RACIAL_HOSTILITY", "made slant-eye gesture at ip"),
        ("REPETITION", "on 2 prev visits in last fortnight"),
        ("RACIAL_HOSTILITY", "called him 'covid boy'"),
        ("RACIAL_HOSTILITY", "take your bat soup back to china"),
        ("DISTRESS", "he feels humiliated in his own shop"),
    ],
)

case(
    31, "stalking_fear_alarm_distress", "CSD",
    voice="dash_note", case="mixed", noise="abbrev", batch="we",
    pattern="bailed_ex_partner_uses_sister_and_friends_to_reach_victim_she_changes_store_and_stays_at_mums", relationship="ex_partner", occasions=4,
    text="""\
DASH/risk note PC 1188 Ward 17/07. IP Nicole Barnes, 27. Separated from SUSP Kyle Hollis Apr this yr. SUSP on bail for ABH on IP with condition not to contact her directly or indirectly. Since bail: 3/7 SUSP's sister Demi came to IP's work (Boots, Market St) with a letter from him - 'I'm sorry, I love you, drop it and we can start again'. 8/7 two of his mates sat in a car outside her flat for approx 2 hrs. 12/7 Demi messaged IP on FB 'Kyle says he's not giving up on you'. 15/7 flowers left at flat, no card, IP believes from SUSP. IP states no threats have been passed on. IP has asked Boots to move her to the Westgate store, starts Mon. Staying at her mum's most nights. Has stopped going out in the evenings. IP tearful but calm. DASH 11 - MEDIUM. Bail breach - SUSP to be arrested. Stalking screening: 4 occasions, 3rd parties acting for SUSP, won't accept it's over.""",
    spans=[
        ("STALK_TURN_UP", "SUSP's sister Demi came to IP's work"),
        ("STALK_CONTACT", "with a letter from him"),
        ("FIXATION", "I'm sorry, I love you, drop it and we can start again"),
        ("STALK_WATCH", "two of his mates sat in a car outside her flat for approx 2 hrs"),
        ("STALK_CONTACT", "Demi messaged IP on FB"),
        ("FIXATION", "Kyle says he's not giving up on you"),
        ("STALK_GIFTS", "flowers left at flat"),
        ("SERIOUS_IMPACT", "IP has asked Boots to move her to the Westgate store"),
        ("SERIOUS_IMPACT", "Staying at her mum's most nights"),
        ("SERIOUS_IMPACT", "Has stopped going out in the evenings"),
        ("DISTRESS", "IP tearful but calm"),
    ],
)

case(
    32, "no_offence", "",
    voice="crime_summary", case="lower", noise="typos", batch="we",
    pattern="two_neighbours_mutual_shouting_over_shared_drive", relationship="neighbour", occasions=3,
    text="""\
summary: report from mrs june hollings (no. 4) that her neighbour mrs beverley tate (no. 6) is harrassing her over the shared drive. on attendance both parties gave accounts and both have been shouting at each other over the fence for about a month - mrs hollings admits calling mrs tate a 'fat cow' and mrs tate has called mrs hollings a 'nosy old witch'. each has put notes on the other's car. bins moved back and forth. both say the other started it. neither has made threats and neither is frightened, both fed up. six of one and half a dozen of the other. both given words of advice, referred to council mediation. no crime.""",
    spans=[],
)

case(
    33, "aggravated_stalking_fear_alarm_distress", "CSRFD",
    voice="supervisor_review", case="mixed", noise="clean", batch="we",
    pattern="rejected_customer_fixated_on_nail_bar_owner_racist_abuse_two_knife_threats_she_closes_early", relationship="customer", occasions=8,
    text="""\
Review - Sgt 1450 Okonjo, 02/12.
I've read the file. Initial officer has recorded this as harassment; it needs to be stalking with the fear/distress limb, racially aggravated.
Summary: SUSP (Neil Ramsden) was a customer at IP's nail bar. After she turned down a date in August he has: come in on at least 8 occasions without booking and sat in the waiting area staring at her; followed her to the bus station twice; sent letters to the salon ('you were made for me'). When she had him banned he called her a 'slant-eyed b***h' and said her 'type' should be 'grateful a white man wants you'. On 14/11 he told her through the window 'if I can't have you no one will, I'll cut you'. On 27/11 he repeated it on the phone and added that he knew what time she locked up.
IP told me she is terrified he will attack her when she is closing. She now closes at 4 instead of 7, has lost most of her after-work clients, and her brother sleeps at her flat.
He won't let her go, he has threatened her twice and she believes him, and her life has had to change around him. Re-crime. High risk, refer to the stalking clinic. Arrest today.""",
    spans=[
        ("UNWANTED", "she turned down a date in August"),
        ("STALK_TURN_UP", "come in on at least 8 occasions without booking"),
        ("STALK_WATCH", "sat in the waiting area staring at her"),
        ("STALK_FOLLOW", "followed her to the bus station twice"),
        ("STALK_CONTACT", "sent letters to the salon"),
        ("FIXATION", "you were made for me"),
        ("RACIAL_HOSTILITY", "called her a 'slant-eyed b***h'"),
        ("RACIAL_HOSTILITY", "grateful a white man wants you"),
        ("FIXATION", "if I can't have you no one will"),
        ("THREAT_VIOLENCE", "I'll cut you"),
        ("REPETITION", "he repeated it on the phone"),
        ("STALK_MONITOR", "he knew what time she locked up"),
        ("FEAR_OF_VIOLENCE", "she is terrified he will attack her when she is closing"),
        ("SERIOUS_IMPACT", "She now closes at 4 instead of 7"),
        ("SERIOUS_IMPACT", "her brother sleeps at her flat"),
    ],
)

case(
    34, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="we",
    pattern="ex_partner_persistent_messages_threats_aimed_at_new_partner_victim_not_afraid_for_herself", relationship="ex_partner", occasions=5,
    text="""\
Crime summary. IP (Gemma Lowry) ended 4 yr rel with SUSP (Shaun Ellery) in Sept. Since Oct SUSP has repeatedly contacted IP by text and Snapchat (approx 60 msgs logged), asking to get back together and asking who she is seeing. Has attended her mum's house twice asking for her. Found out IP has new partner (W2 Callum Reece) and has sent IP msgs saying 'tell your new fella he's getting his head kicked in' and 'Callum better watch his back'. IP states she is not scared for herself, SUSP has never been violent to her and she doesn't think he'd touch her, but she's worried for Callum. IP stressed, 'sick of it', but working and living as normal. W2 aware, does not want to make a complaint himself at this stage. Msgs screenshot. SUSP to be interviewed.""",
    spans=[
        ("REPETITION", "Since Oct"),
        ("STALK_CONTACT", "repeatedly contacted IP by text and Snapchat"),
        ("REPETITION", "approx 60 msgs logged"),
        ("FIXATION", "asking to get back together"),
        ("FIXATION", "asking who she is seeing"),
        ("STALK_TURN_UP", "attended her mum's house twice asking for her"),
        ("DISTRESS", "IP stressed, 'sick of it'"),
    ],
)

case(
    35, "aggravated_harassment_fear_of_violence", "CRF",
    voice="statement", case="mixed", noise="typos", batch="we",
    pattern="brother_abuses_sister_over_conversion_to_islam_and_repeats_threat_to_batter_her", relationship="family", occasions=3,
    text="""\
I married Hassan in 2021 and converted to Islam. His cousin Imran Shah did not agree with the marriage at first but that is not what this is about, we get on fine now. My own brother, Ricky Dawes, has not accepted it at all. On 2 January he came to our house and called me a 'traitor to my own' and said Muslims are 'rapists and terrorists'. He said if he saw me in 'that sheet' again he would 'batter me into next week'. On 9 January he sent me a voice message saying 'I meant what I said, you're going to get hurt'. On 15 Jan he drove past slowly while I was at the bus stop in my hijab and shouted 'Allahu akbar, boom' out of the window.

I am scared of my brother. He has been violent before when we were kids and I beleive he would hurt me. I am on edge every time I go out.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "called me a 'traitor to my own'"),
        ("RELIGIOUS_HOSTILITY", "Muslims are 'rapists and terrorists'"),
        ("THREAT_VIOLENCE", "he would 'batter me into next week'"),
        ("THREAT_VIOLENCE", "I meant what I said, you're going to get hurt"),
        ("RELIGIOUS_HOSTILITY", "shouted 'Allahu akbar, boom' out of the window"),
        ("FEAR_OF_VIOLENCE", "I am scared of my brother"),
        ("FEAR_OF_VIOLENCE", "I beleive he would hurt me"),
        ("DISTRESS", "I am on edge every time I go out"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="mo_field", case="mixed", noise="abbrev", batch="we",
    pattern="online_viewer_fixated_on_jewish_streamer_fan_page_and_antisemitic_comments", relationship="online", occasions=10,
    text="""\
MO: Suspect, unknown to victim offline, has over 5 months posted in excess of 300 comments on victim's Twitch streams and YouTube videos, created a fan page about her using her photos, sent DMs declaring love and 'you belong with me', and after being banned made new accounts. Since Oct comments include antisemitic abuse ('greedy Jew', 'your people run the banks'). Suspect has posted victim's town and the name of her gym. No threats. Victim distressed, not sleeping, continues to stream on normal schedule.""",
    spans=[
        ("REPETITION", "over 5 months"),
        ("STALK_CONTACT", "posted in excess of 300 comments on victim's Twitch streams and YouTube videos"),
        ("STALK_PUBLISH", "created a fan page about her using her photos"),
        ("STALK_CONTACT", "sent DMs declaring love"),
        ("FIXATION", "you belong with me"),
        ("FIXATION", "after being banned made new accounts"),
        ("RELIGIOUS_HOSTILITY", "greedy Jew"),
        ("RELIGIOUS_HOSTILITY", "your people run the banks"),
        ("STALK_PUBLISH", "posted victim's town and the name of her gym"),
        ("DISTRESS", "Victim distressed, not sleeping"),
    ],
)

case(
    37, "harassment", "CD",
    voice="third_party", case="mixed", noise="clean", batch="we",
    pattern="young_neighbour_disability_abuse_of_wheelchair_user_who_stops_going_out_alone", relationship="neighbour", occasions=4,
    text="""\
I am the support worker for Mr Alan Byrne, who has cerebral palsy and uses a wheelchair. I am reporting this on his behalf with his consent. A young man who lives in the flats opposite, I believe his name is Kieran, has been shouting at Alan whenever he sees him on the parade. On at least four occasions in the past three weeks he has called him a 'spacker' and a 'cripple', done impressions of his speech, and once kicked the back wheel of his chair as he passed. Alan has stopped going to the shop on the parade on his own and now asks me to do his shopping on my visits. He has also stopped going to the day centre on Thursdays because the bus stop is outside those flats. He is usually very independent and this has knocked his confidence badly.""",
    spans=[
        ("STALK_CONTACT", "has been shouting at Alan whenever he sees him on the parade"),
        ("REPETITION", "On at least four occasions in the past three weeks"),
        ("STALK_CONTACT", "called him a 'spacker' and a 'cripple'"),
        ("STALK_CONTACT", "done impressions of his speech"),
        ("STALK_PROPERTY", "kicked the back wheel of his chair"),
        ("SERIOUS_IMPACT", "Alan has stopped going to the shop on the parade on his own"),
        ("SERIOUS_IMPACT", "now asks me to do his shopping"),
        ("SERIOUS_IMPACT", "stopped going to the day centre on Thursdays"),
        ("DISTRESS", "this has knocked his confidence badly"),
    ],
)

case(
    38, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="inconsistent", noise="typos", batch="we",
    pattern="cafe_regular_fixated_on_barista_watches_her_daily_she_quits_job_and_stops_going_out_after_dark", relationship="customer", occasions=7,
    text="""\
victim personal statement, Amy Kwan (22)

I used to work at the Bean Counter cafe on Albert Road. Daniel Prescott was a regular. He found me on Instagram and TikTok and started messaging me every night about my posts, what I wore, who I was with in photos. I told him I wasnt interested and blocked him. After that he came into the cafe every day, sometimes twice, and sat at the table facing the counter for hours with one coffee. He left a letter under the sugar pot telling me we had 'a connection nobody else understands'. He started liking old photos of me from 2017 which meant he had gone right back through everything. Once he was waiting at the end of my road when I got home.

He has never threatened me, I want to be clear about that. But I handed my notice in at the cafe in March, because I couldnt stand being watched all day. I made all my accounts private and deleted TikTok. I dont go out on my own after dark anymore and my boyfriend has moved in so im not alone in the flat. I had panic attacks for weeks.""",
    spans=[
        ("STALK_MONITOR", "found me on Instagram and TikTok"),
        ("STALK_CONTACT", "started messaging me every night about my posts, what I wore, who I was with in photos"),
        ("UNWANTED", "I told him I wasnt interested and blocked him"),
        ("STALK_TURN_UP", "he came into the cafe every day, sometimes twice"),
        ("STALK_WATCH", "sat at the table facing the counter for hours with one coffee"),
        ("STALK_CONTACT", "left a letter under the sugar pot"),
        ("FIXATION", "a connection nobody else understands"),
        ("STALK_MONITOR", "liking old photos of me from 2017"),
        ("STALK_LOITER", "he was waiting at the end of my road when I got home"),
        ("SERIOUS_IMPACT", "I handed my notice in at the cafe in March"),
        ("SERIOUS_IMPACT", "I made all my accounts private and deleted TikTok"),
        ("SERIOUS_IMPACT", "I dont go out on my own after dark anymore"),
        ("SERIOUS_IMPACT", "my boyfriend has moved in so im not alone in the flat"),
        ("DISTRESS", "I had panic attacks for weeks"),
    ],
)

case(
    39, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="redacted", batch="we",
    pattern="father_in_law_anti_muslim_whatsapps_after_grandchildren_raised_muslim_no_routine_change", relationship="family", occasions=4,
    text="""\
Update 1 (PC [NAME 3]) 12/05: IP [NAME 1] reports her father-in-law [NAME 2] has sent her WhatsApp messages on 4 separate days since Eid, after she and her husband decided to raise the children as Muslims. Msgs include 'your paki religion is poisoning my grandkids', 'take them to a proper church or you'll never see me again' and a picture of a pig with her name on it. No threats to harm. IP says she is hurt and embarrassed, has cried about it, husband very upset. No change to routine, still sees wider family at XXXX. Wants him warned.
Update 2 (PC [NAME 3]) 14/05: Screenshots obtained, 11 msgs in total. [NAME 2] spoken to at his address, accepts sending msgs, 'entitled to my opinion'. Crime confirmed as harassment, religiously/racially aggravated. Interview booked.""",
    spans=[
        ("STALK_CONTACT", "sent her WhatsApp messages"),
        ("REPETITION", "on 4 separate days since Eid"),
        ("RACIAL_HOSTILITY", "your paki religion is poisoning my grandkids"),
        ("RELIGIOUS_HOSTILITY", "a picture of a pig with her name on it"),
        ("DISTRESS", "she is hurt and embarrassed, has cried about it"),
        ("REPETITION", "11 msgs in total"),
    ],
)

case(
    40, "harassment_fear_of_violence", "CF",
    voice="call_log", case="lower", noise="abbrev", batch="we",
    pattern="acquaintance_owed_money_sends_stabbing_threats_then_revs_outside_house", relationship="acquaintance", occasions=3,
    text="""\
2245 caller jason muir. owes a lad called ash (ashley denton) £150 for a car part. since fri ash has text him 'pay up or ur getting stabbed' and then 'ur dead when i see u' yday, and tonight at 2230 pulled up outside caller's house revving and shouting for him to come out. caller didnt go out. says ash carries a knife and he is genuinely scared ash will stab him. partner and baby in address. ash drove off twds ring rd approx 2235, silver golf, partial vrm. units to attend, pnc checks on ash.""",
    spans=[
        ("THREAT_VIOLENCE", "pay up or ur getting stabbed"),
        ("THREAT_VIOLENCE", "ur dead when i see u"),
        ("STALK_TURN_UP", "pulled up outside caller's house revving and shouting for him to come out"),
        ("FEAR_OF_VIOLENCE", "he is genuinely scared ash will stab him"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="updates", case="mixed", noise="abbrev", batch="we",
    pattern="hospital_porter_fixated_on_nurse_racist_remarks_when_rebuffed_she_changes_ward_and_shifts", relationship="colleague", occasions=11,
    text="""\
Risk note / update - DC Amberley 06/02. IP Priya Nair (nurse, ward 7, St Luke's). SUSP Tom Rudd (porter). Timeline from IP's diary: since Nov SUSP waits by the staff entrance at the end of her shifts (at least 9 times), has added her on 3 diff social media accounts after being blocked, sent a parcel to the ward addressed to 'my future wife Priya'. When IP complained to her manager he told colleagues she was 'a stuck-up curry muncher who thinks she's too good for English blokes' and left a note in her pigeonhole 'go back to your slum, see if they'll have you'. No threats. IP has moved from nights to days and from ward 7 to outpatients to avoid him, drives in now instead of the bus and parks in the multi-storey by security. IP says she feels 'hunted'. Risk: MEDIUM. Employer informed, SUSP suspended pending HR. Arrest planned 08/02.""",
    spans=[
        ("REPETITION", "since Nov"),
        ("STALK_LOITER", "waits by the staff entrance at the end of her shifts"),
        ("REPETITION", "at least 9 times"),
        ("STALK_CONTACT", "added her on 3 diff social media accounts after being blocked"),
        ("STALK_GIFTS", "sent a parcel to the ward addressed to 'my future wife Priya'"),
        ("RACIAL_HOSTILITY", "a stuck-up curry muncher who thinks she's too good for English blokes"),
        ("RACIAL_HOSTILITY", "go back to your slum, see if they'll have you"),
        ("SERIOUS_IMPACT", "IP has moved from nights to days and from ward 7 to outpatients"),
        ("SERIOUS_IMPACT", "drives in now instead of the bus"),
        ("DISTRESS", "she feels 'hunted'"),
    ],
)

case(
    42, "stalking", "CS",
    voice="notebook", case="inconsistent", noise="abbrev", batch="we",
    pattern="man_met_once_at_society_event_turns_up_at_library_and_emails_student_no_hostility", relationship="stranger", occasions=8,
    text="""\
1620 spoke to IP Ms Adaeze Okafor (Nigerian, 26, PhD student) at uni library. states male she knows only as 'Mike', white, 30s, who she spoke to once at a Nigerian Society event in Jan, has since turned up at the library 3 times sitting opposite her desk, walked behind her to the bus stop on 20/02, and sent 4 emails to her uni address saying he 'can't stop thinking about her' and has 'learned about her culture so they can be together'. EMAILS POLITE, no abuse. no threats. IP frightened & not concentrating on work, but still going to library & lectures as normal, 'I'm not going to hide'. Uni security informed. emails fwd to me. TO TRACE SUSP VIA SOCIETY MEMBERSHIP LIST.""",
    spans=[
        ("STALK_TURN_UP", "turned up at the library 3 times sitting opposite her desk"),
        ("STALK_FOLLOW", "walked behind her to the bus stop on 20/02"),
        ("STALK_CONTACT", "sent 4 emails to her uni address"),
        ("FIXATION", "can't stop thinking about her"),
        ("FIXATION", "learned about her culture so they can be together"),
        ("DISTRESS", "IP frightened & not concentrating on work"),
    ],
)

case(
    43, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="crime_summary", case="mixed", noise="heavy", batch="we",
    pattern="rival_market_trader_anti_turkish_abuse_and_repeated_threats_victim_moves_pitch", relationship="business", occasions=3,
    text="""\
Crime sum: IP Mr Yusuf Demir (Turkish, runs fruit & veg stall, Wed/Sat mkt, pitch 14). SUSP Gary Pike (flower stall, pitch 15). Probs since IP took the pitch in spring. 17/4 SUSP told IP 'you kebab-shop [expletive] are taking over, I'll put you in hospital'. 24/4 SUSP said 'hospital, remember' & drew finger across throat. 1/5 SUSP knocked IP's crates over and called him a 'dirty Turk'. IP v frightened of SUSP who is 'a big lad with big mates', believes he'll be attacked packing up. IP has since asked mkt mgr for a pitch at other end (moved 8/5) and now packs up early before the others. W/S from IP, W1 (Mrs Lowe, cheese stall) corroborates 24/4. Mkt CCTV req'd.""",
    spans=[
        ("RACIAL_HOSTILITY", "you kebab-shop [expletive] are taking over"),
        ("THREAT_VIOLENCE", "I'll put you in hospital"),
        ("THREAT_VIOLENCE", "said 'hospital, remember' & drew finger across throat"),
        ("STALK_PROPERTY", "knocked IP's crates over"),
        ("RACIAL_HOSTILITY", "called him a 'dirty Turk'"),
        ("FEAR_OF_VIOLENCE", "IP v frightened of SUSP"),
        ("FEAR_OF_VIOLENCE", "believes he'll be attacked packing up"),
        ("SERIOUS_IMPACT", "asked mkt mgr for a pitch at other end"),
        ("SERIOUS_IMPACT", "now packs up early before the others"),
    ],
)

case(
    44, "aggravated_harassment", "CRD",
    voice="statement", case="mixed", noise="clean", batch="we",
    pattern="school_gate_parent_racist_remarks_and_group_chat_post_victim_moves_children_school", relationship="acquaintance", occasions=4,
    text="""\
My son Tobi and Mrs Claire Hutton's son had a falling out in Year 4 which the school dealt with. Since then Mrs Hutton has made comments to me at the school gate. On 10 January she said loudly to another mum, while looking at me, 'they should send that lot back to Africa, they've got no manners'. On 17 January she said to me 'your kind always play the victim'. After I complained to the head she posted in the class WhatsApp group, which I am in, that I was a 'typical aggressive black woman'. On 3 February she stood next to me at pick-up and made monkey noises under her breath.

She has never threatened me. I have moved both my children to St Anne's, which is a 25-minute drive instead of a five-minute walk, and I have had to drop my hours at work to do the school run. I left the class group. I am angry more than anything, but I cannot put my children through that.""",
    spans=[
        ("RACIAL_HOSTILITY", "they should send that lot back to Africa, they've got no manners"),
        ("RACIAL_HOSTILITY", "your kind always play the victim"),
        ("STALK_CONTACT", "posted in the class WhatsApp group, which I am in"),
        ("RACIAL_HOSTILITY", "I was a 'typical aggressive black woman'"),
        ("RACIAL_HOSTILITY", "made monkey noises under her breath"),
        ("SERIOUS_IMPACT", "I have moved both my children to St Anne's"),
        ("SERIOUS_IMPACT", "I have had to drop my hours at work"),
        ("SERIOUS_IMPACT", "I left the class group"),
        ("DISTRESS", "I am angry more than anything"),
    ],
)
