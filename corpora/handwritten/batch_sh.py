# ruff: noqa: E501
"""Hand-written narratives, writer sh: late and retrospective reports (diaries, screenshots, relatives, GPs, employers, registrar audits)."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="third_party", case="mixed", noise="clean", batch="sh",
    pattern="store_manager_reports_customer_abusive_calls_about_refund", relationship="customer", occasions=5,
    text="""\
Report made by the store manager, Ms Priya Hollis, on behalf of her employee Dawn Fairley (IP), who did not want to phone in herself. Dawn works on the customer service desk at Hensons Homeware, Corby Road. Since about the end of February a customer, Gareth Lomax, has been ringing the store asking for Dawn by name and shouting at her about a sofa refund that was refused. The manager has kept a log: 2 March, 9 March, 21 March, 4 April and yesterday 18 April. On each call he calls her a useless cow and a thief and says she has pocketed his money. He has not come into the store and has made no threats. Dawn has been in tears after the calls and is very anxious when the desk phone rings, but she is still working her usual shifts. The refund itself is now with head office. Manager apologised for not reporting sooner - they thought it would stop once he got bored.""",
    spans=[
        ("REPETITION", "Since about the end of February"),
        ("STALK_CONTACT", "ringing the store asking for Dawn by name and shouting at her about a sofa refund"),
        ("REPETITION", "2 March, 9 March, 21 March, 4 April and yesterday 18 April"),
        ("STALK_CONTACT", "calls her a useless cow and a thief"),
        ("DISTRESS", "Dawn has been in tears after the calls"),
        ("DISTRESS", "very anxious when the desk phone rings"),
    ],
)

case(
    2, "harassment_fear_of_violence", "CF",
    voice="victim_diary", case="lower", noise="typos", batch="sh",
    pattern="elderly_neighbour_diary_handed_in_months_later_bin_dispute_threats", relationship="neighbour", occasions=3,
    text="""\
entries copied from IP's diary, handed in at front counter 14/11. IP says she should of reported it in the summer but was scared it would make things worse.

'3rd june - him at no 14 on at me again about the bins. said if i touch his bin again he will put me in hospital. shaking all night.'

'19 june - he was on the path when i come back from bingo. told me i was next and he knows where i sleep. didnt sleep at all'

'2 aug - banging on the fence, shouted hes going to do me in one of these days. Im frightened of him now, properly frightened he'll hurt me'

IP is 71 and lives alone. suspect Keith ARMITAGE, 50s, next door. no entrys after august, he has been away working she thinks. ip still wants action taking.""",
    spans=[
        ("REPETITION", "on at me again about the bins"),
        ("THREAT_VIOLENCE", "said if i touch his bin again he will put me in hospital"),
        ("DISTRESS", "shaking all night"),
        ("THREAT_VIOLENCE", "told me i was next and he knows where i sleep"),
        ("DISTRESS", "didnt sleep at all"),
        ("THREAT_VIOLENCE", "shouted hes going to do me in one of these days"),
        ("FEAR_OF_VIOLENCE", "Im frightened of him now, properly frightened he'll hurt me"),
    ],
)

case(
    3, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="sh",
    pattern="ex_partner_pleading_messages_screenshots_reported_months_later", relationship="ex_partner", occasions=300,
    text="""\
Late report. IP attended front counter 02/10 with printed screenshots. Relationship with SUSP Liam CORDER ended Jun. Since then SUSP has sent approx 300 msgs via WhatsApp, Insta & email. Content pleading - 'pls just talk to me', 'I cant live without u', 'one coffee thats all im asking', 'I know u still love me'. IP blocked him on WhatsApp end of July, he then made new Insta accounts to carry on messaging. No threats in any msgs seen by OIC. IP states he has not turned up anywhere. IP says she is 'fed up more than scared' & wanted it on record before it gets worse. Reason for delay: IP hoped he would give up. Screenshots exhibited RW/1. DASH completed - standard.""",
    spans=[
        ("STALK_CONTACT", "sent approx 300 msgs via WhatsApp, Insta & email"),
        ("FIXATION", "I cant live without u"),
        ("FIXATION", "I know u still love me"),
        ("UNWANTED", "IP blocked him on WhatsApp end of July"),
        ("FIXATION", "made new Insta accounts to carry on messaging"),
    ],
)

case(
    4, "stalking_fear_alarm_distress", "CSD",
    voice="third_party", case="mixed", noise="clean", batch="sh",
    pattern="mother_reports_for_student_daughter_climbing_wall_man_turns_up_watches_halls", relationship="acquaintance", occasions=6,
    text="""\
Caller is Mrs Angela Whitworth, reporting for her daughter Ellie (19), who is away at university and asked her mum to do it for her. Ellie met a man called Dominic at a climbing wall last autumn; they chatted a few times, nothing more. Since January he has turned up at the climbing wall every session she goes to, waited by her car in the car park twice, and she has seen him sitting in the cafe opposite her halls on at least three evenings looking up at her window. He found her on Instagram and comments on everything she posts. Ellie told him in February she wasn't interested and to leave her alone; he said "I'll wait, you'll come round". No threats. Ellie has stopped climbing altogether, now gets a lift from a friend rather than using her car, and has moved rooms in halls to the back of the building. Mum says she's not herself. Ellie is available to give a statement on Friday after her lectures.""",
    spans=[
        ("STALK_TURN_UP", "turned up at the climbing wall every session she goes to"),
        ("STALK_LOITER", "waited by her car in the car park twice"),
        ("STALK_WATCH", "sitting in the cafe opposite her halls on at least three evenings looking up at her window"),
        ("STALK_MONITOR", "found her on Instagram and comments on everything she posts"),
        ("UNWANTED", "told him in February she wasn't interested and to leave her alone"),
        ("FIXATION", "I'll wait, you'll come round"),
        ("SERIOUS_IMPACT", "stopped climbing altogether"),
        ("SERIOUS_IMPACT", "gets a lift from a friend rather than using her car"),
        ("SERIOUS_IMPACT", "moved rooms in halls to the back of the building"),
        ("DISTRESS", "she's not herself"),
    ],
)

case(
    5, "aggravated_harassment", "CR",
    voice="notebook", case="upper", noise="abbrev", batch="sh",
    pattern="son_keeps_phone_notes_of_neighbour_racist_abuse_over_wall", relationship="neighbour", occasions=4,
    text="""\
PNB. 1540 ATT ADDRESS RE LATE RPT. IP MR TARIQ HUSSAIN (68), LIMITED ENGLISH, SON IMRAN PRESENT + TRANSLATING. SON HAS KEPT NOTES ON HIS PHONE SINCE MAY OF WHAT NEIGHBOUR AT NO 9 (SUSP DARREN PYE) HAS SHOUTED AT FATHER OVER GARDEN WALL. NOTES SHOWN TO ME: 12/5 'GO BACK TO PAKISTAN YOU P***', 30/5 SPAT OVER WALL + 'DIRTY ****', 14/7 'NOBODY WANTS YOUR SORT ON THIS ROAD', 2/9 SAME AGAIN WHEN IP PUTTING BINS OUT. NO THREATS RPTD. IP SAYS HE IS SAD AND ASHAMED, DID NOT WANT TO MAKE A FUSS. SON PERSUADED HIM TO RPT. ADV RE EVIDENCE, DIARY SHEET GIVEN. STATEMENT TO FOLLOW FROM SON. PARKED ON DRIVE OPP DUE TO ROADWORKS.""",
    spans=[
        ("REPETITION", "SINCE MAY"),
        ("STALK_CONTACT", "SHOUTED AT FATHER OVER GARDEN WALL"),
        ("RACIAL_HOSTILITY", "GO BACK TO PAKISTAN YOU P***"),
        ("RACIAL_HOSTILITY", "NOBODY WANTS YOUR SORT ON THIS ROAD"),
        ("REPETITION", "SAME AGAIN WHEN IP PUTTING BINS OUT"),
        ("DISTRESS", "SAD AND ASHAMED"),
    ],
)

case(
    6, "aggravated_harassment_fear_of_violence", "CFR",
    voice="supervisor_review", case="mixed", noise="clean", batch="sh",
    pattern="registrar_audit_reclassifies_single_public_order_as_racist_threat_series", relationship="business", occasions=3,
    text="""\
Crime registrar audit review, 11/01. Incident originally closed in October as a single s.5 Public Order matter, no crime recorded. On re-reading the full log and the victim's later email of 20/11, this is not a single incident. Victim Mr Kwame Asante runs the barber's at 4 Station Parade; suspect Roy Fenwick runs the vape shop next door. The log and email together show: 3 Oct Fenwick told him "I'll burn you out"; 17 Oct he called him a "black b*****d" and said he'd break his jaw if he parked out front again; 6 Nov he stood in the barber's doorway making monkey noises and said "you're getting it, mate". Mr Asante says in his email that he now fears Fenwick will attack him. Recording decision amended: harassment (fear of violence), racially aggravated. OIC to re-contact victim this week. The original closure was an error - the attending officer only had sight of the 6 Nov call.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll burn you out"),
        ("RACIAL_HOSTILITY", "called him a \"black b*****d\""),
        ("THREAT_VIOLENCE", "said he'd break his jaw if he parked out front again"),
        ("RACIAL_HOSTILITY", "making monkey noises"),
        ("THREAT_VIOLENCE", "you're getting it, mate"),
        ("FEAR_OF_VIOLENCE", "he now fears Fenwick will attack him"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="typos", batch="sh",
    pattern="friend_compiles_screenshots_of_antisemitic_account_posting_about_victim", relationship="online", occasions=40,
    text="""\
UPDATE 1 (PC 4471 Marsh): VIC Hannah Levy reports online abuse from account '@truthseeker_88' going back to Febuary. Friend (W1 Naomi Grant) has put together a folder of screenshots, 112 pages. Acc has posted about VIC nearly daily, calls her a 'zionist rat' and a 'christ killer', posted a photo of her front door and the name of her synagouge, and comments on every post she makes within minutes.
UPDATE 2: VIC beleives acc is ex-uni aquaintance Martin Shawcross - he messaged her under his own name in Jan after she turned down a date and the phrasing is identical. She blocked that acc too.
UPDATE 3: VIC says no threats to her, she is 'angry not scared' and is carrying on as normal. Production order for account data submitted. Screenshots exhibited NG/1.""",
    spans=[
        ("REPETITION", "going back to Febuary"),
        ("STALK_PUBLISH", "posted about VIC nearly daily"),
        ("RELIGIOUS_HOSTILITY", "calls her a 'zionist rat' and a 'christ killer'"),
        ("STALK_PUBLISH", "posted a photo of her front door and the name of her synagouge"),
        ("STALK_MONITOR", "comments on every post she makes within minutes"),
        ("UNWANTED", "after she turned down a date"),
        ("UNWANTED", "She blocked that acc too"),
    ],
)

case(
    8, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="mo_field", case="lower", noise="heavy", batch="sh",
    pattern="ex_colleague_follows_from_bus_stop_racist_note_two_threat_calls", relationship="colleague", occasions=5,
    text="""\
mo: susp (ex colleague, warehouse) fixated on ip since she rptd him to mgmt last yr. follows ip home from bus stop x3 since march, left note on windscreen 'i know where u park p*ki', phoned ip twice saying he'll 'slash her face' nxt time he sees her, 2nd call 3 wks after 1st. ip v scared he will carry it out. rpt delayed - ip thought work wd deal w it. gp letter supplied, ip anxious. susp left co jan.""",
    spans=[
        ("FIXATION", "fixated on ip since she rptd him to mgmt last yr"),
        ("STALK_FOLLOW", "follows ip home from bus stop x3 since march"),
        ("STALK_CONTACT", "left note on windscreen"),
        ("RACIAL_HOSTILITY", "i know where u park p*ki"),
        ("THREAT_VIOLENCE", "phoned ip twice saying he'll 'slash her face' nxt time he sees her"),
        ("REPETITION", "2nd call 3 wks after 1st"),
        ("FEAR_OF_VIOLENCE", "ip v scared he will carry it out"),
        ("DISTRESS", "ip anxious"),
    ],
)

case(
    9, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="sh",
    pattern="single_car_park_threat_reported_five_months_later", relationship="stranger", occasions=1,
    text="""\
CALLER RPTS INCIDENT FROM APRIL (5 MONTHS AGO). MALE IN ALDI CAR PARK HADLEIGH RD ACCUSED HER OF TAKING HIS SPACE AND SAID HE'D SMASH HER FACE IN. SHE DROVE OFF. HAS NOT SEEN HIM BEFORE OR SINCE. ONLY CALLING NOW AS SAW A SIMILAR CAR TODAY AND IT BROUGHT IT ALL BACK, NOT SURE IT WAS HIM. NO VRM. ADV CCTV WILL NOT BE RETAINED. LOG FOR INFO ONLY.""",
    spans=[
        ("THREAT_VIOLENCE", "SAID HE'D SMASH HER FACE IN"),
    ],
)

case(
    10, "harassment", "CD",
    voice="statement", case="mixed", noise="clean", batch="sh",
    pattern="school_gate_acquaintance_abusive_messages_after_party_fallout_victim_changes_number", relationship="acquaintance", occasions=46,
    text="""\
I am making this statement about messages I have received from Carly Benson since last August. I have known Carly through the school gate for about four years. We fell out at my daughter's birthday party in August over something she thought I had said about her son. Since then she has sent me messages on Facebook and by text calling me a liar, a snake and a bad mother. I have counted 46 messages. Some nights there are ten in a row. I have never replied except once to ask her to stop. She has not threatened me and she has never come to my house. I didn't report it before because I thought it was a playground thing and would blow over. In January I changed my mobile number and closed my Facebook account because I could not face looking at my phone. I now do the school run at a different time so I do not have to see the other mums. My husband said I should come to you after the messages started arriving at my work email.""",
    spans=[
        ("STALK_CONTACT", "sent me messages on Facebook and by text calling me a liar, a snake and a bad mother"),
        ("REPETITION", "I have counted 46 messages"),
        ("REPETITION", "Some nights there are ten in a row"),
        ("UNWANTED", "once to ask her to stop"),
        ("SERIOUS_IMPACT", "changed my mobile number and closed my Facebook account"),
        ("DISTRESS", "could not face looking at my phone"),
        ("SERIOUS_IMPACT", "do the school run at a different time"),
        ("ESCALATION", "the messages started arriving at my work email"),
    ],
)

case(
    11, "harassment_fear_of_violence", "CF",
    voice="result_note", case="mixed", noise="abbrev", batch="sh",
    pattern="daughter_finds_three_threatening_voicemails_from_brother_in_law_over_bungalow", relationship="family", occasions=3,
    text="""\
Result note. Rpt came via IP's daughter Mrs S. Okafor, who found the voicemails on her father's phone when sorting it out for him (IP Mr Reginald Doyle, 79). Three voicemails left by IP's brother-in-law Brian KETTLE on the evening of 14/07 between 2114 and 2122, re sale of late sister's bungalow. VM1: "you've robbed her, you thieving old git". VM2: "I'm coming round there and I'm going to break your legs". VM3: "don't think I won't, I'll put you in the ground". IP told daughter he has been frightened ever since and thinks Brian will hurt him. 3 separate VMs = separate occasions (Kelly). Harassment s.4 PHA recorded. Vol interview arranged for KETTLE 09/10.""",
    spans=[
        ("REPETITION", "Three voicemails"),
        ("REPETITION", "between 2114 and 2122"),
        ("STALK_CONTACT", "you've robbed her, you thieving old git"),
        ("THREAT_VIOLENCE", "I'm coming round there and I'm going to break your legs"),
        ("THREAT_VIOLENCE", "I'll put you in the ground"),
        ("FEAR_OF_VIOLENCE", "thinks Brian will hurt him"),
    ],
)

case(
    12, "no_offence", "",
    voice="supervisor_review", case="inconsistent", noise="redacted", batch="sh",
    pattern="registrar_cancels_housemates_two_rows_months_apart_reconciled_second_mutual", relationship="acquaintance", occasions=2,
    text="""\
AUDIT NOTE (crime registrar) - re-read of CRIME 44/18823/25, recorded as HARASSMENT by [NAME 1] against [NAME 2]. Not supported. The two were housemates at [ADDRESS 1]. In January [NAME 1] sent [NAME 2] a run of angry texts over an unpaid gas bill and called her a sponger. They then made up: by [NAME 2]'s own account they went on holiday together to Malaga in April and were "back to normal". The second matter is 3 July, an argument in the kitchen in which both women swore at each other and both said things they now regret; [NAME 2] threw a mug, [NAME 1] slammed the door in her face. Nothing since - [NAME 2] moved out the same week. two events six months apart with a reconciliation between, and the second a mutual row. NO COURSE OF CONDUCT. Crime cancelled, victim to be updated by OIC. Learning point for OIC: the word 'harassment' in the caller's opening line does not decide it.""",
    spans=[
        ("STALK_CONTACT", "sent [NAME 2] a run of angry texts over an unpaid gas bill"),
    ],
)

case(
    13, "harassment", "C",
    voice="call_log", case="lower", noise="typos", batch="sh",
    pattern="son_reports_neighbour_photographing_elderly_mothers_car_parking_dispute", relationship="neighbour", occasions=10,
    text="""\
caller is son of IP (IP Mrs Joan Pritchard 83). ongoing parking dispute w neighbour Mr Colin Vass since his new driveway went in last spring. caller says vass photographs his mums car everytime it is parked on the road outside his house, has done since about june, and stands at his window filming when her carers park there. has put 4 letters thru her door saying he will report her to the council for obstruction. caller says mum finds it upsetting and feels watched in her own street. no threats, no abuse, vass has never spoke to her about anything but the parking. caller only found out last wk when he found the letters in a drawer, mum didnt want to bother anyone. advised civil/council route as well, log passed to SNT for a visit.""",
    spans=[
        ("STALK_WATCH", "photographs his mums car everytime it is parked on the road outside his house"),
        ("REPETITION", "since about june"),
        ("STALK_WATCH", "stands at his window filming when her carers park there"),
        ("STALK_CONTACT", "has put 4 letters thru her door"),
        ("DISTRESS", "finds it upsetting and feels watched in her own street"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CFD",
    voice="third_party", case="mixed", noise="typos", batch="sh",
    pattern="tenancy_support_worker_reports_landlord_threats_over_rent_arrears", relationship="landlord", occasions=3,
    text="""\
Referral from a housing advice worker, Ms Rachel Dunn (Ashby Tenancy Support), on behalf of her client Mr Steven Gill, 34. Landlord is Mr Raymond Cole. IP fell two months behind with rent in August after losing his job. Since then Cole has come to the flat on 29 Aug, 12 Sept and 3 Oct. On 29 Aug he told IP he would drag him out by his hair and kick his teeth in if the money wasnt there next time; on 3 Oct he put his fist up to IP's face and said 'last warning, next time your getting hurt'. Cole also changed the lock on the bin store. IP has told Ms Dunn he is genuinly scared Cole will beat him up and has been sleeping at his sister's some nights. IP didnt go to police himself as he was worried about being evicted. Ms Dunn has advised re illegal eviction; council tenancy relations officer also informed.""",
    spans=[
        ("REPETITION", "29 Aug, 12 Sept and 3 Oct"),
        ("THREAT_VIOLENCE", "drag him out by his hair and kick his teeth in"),
        ("THREAT_VIOLENCE", "put his fist up to IP's face and said 'last warning, next time your getting hurt'"),
        ("FEAR_OF_VIOLENCE", "genuinly scared Cole will beat him up"),
        ("SERIOUS_IMPACT", "sleeping at his sister's some nights"),
    ],
)

case(
    15, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="sh",
    pattern="dental_practice_manager_reports_ex_breaching_restraining_order_at_reception", relationship="ex_partner", occasions=3,
    text="""\
14/03 1010 - Call from practice manager Ms Lorraine Biggs, Elm Tree Dental. Employee (IP) Sarah KNOWLES has RO (Feb last yr) vs ex-partner Jason HEATH - no contact, not to attend her workplace. Manager states HEATH has come into reception 3 times since Christmas asking for IP - 28/12, 19/01, 11/03 - and sat in the waiting room 20 mins on the last occasion until asked to leave. IP never told police, didn't want a fuss; manager found out from other staff.
14/03 1430 - PC 2210 spoke to IP. Confirms. HEATH brought flowers on 19/01, left them on the desk with a card 'still yours x'. No threats. IP 'not scared of him, just wants him to stop', working normally. PNC - RO confirmed live. Circulated, breach x3 + stalking.
15/03 - Staff statements to be obtained, CCTV from practice requested.""",
    spans=[
        ("STALK_TURN_UP", "come into reception 3 times since Christmas asking for IP"),
        ("REPETITION", "28/12, 19/01, 11/03"),
        ("STALK_LOITER", "sat in the waiting room 20 mins on the last occasion until asked to leave"),
        ("STALK_GIFTS", "brought flowers on 19/01, left them on the desk with a card"),
        ("FIXATION", "still yours x"),
    ],
)

case(
    16, "stalking", "CS",
    voice="dash_note", case="inconsistent", noise="heavy", batch="sh",
    pattern="ex_in_prison_uses_mother_to_deliver_letters_and_gifts_victim_diary", relationship="ex_partner", occasions=8,
    text="""\
DASH note - rtsp. IP Kayleigh MORGAN (24). Ex Connor PRICE currently in HMP (unrelated matter). IP split w him before his sentence & told him by letter it was over. since Nov his MUM Denise PRICE has been bringing letters from him to IP's door - IP has kept a diary, 7 visits listed, last one Sat. letters say he will never let her go, she is his wife in all but name, 'wait for me'. Denise also left a teddy + perfume on doorstep at xmas "from Connor", & IP's cousin says Denise has been asking round the estate who IP is seeing. NO THREATS. IP says shes more annoyed than afraid, no change to routine. DASH: STANDARD. prison intel unit to be informed re letters being passed out.""",
    spans=[
        ("UNWANTED", "told him by letter it was over"),
        ("STALK_CONTACT", "bringing letters from him to IP's door"),
        ("REPETITION", "7 visits listed"),
        ("FIXATION", "he will never let her go"),
        ("FIXATION", "she is his wife in all but name"),
        ("STALK_GIFTS", "left a teddy + perfume on doorstep at xmas"),
        ("STALK_MONITOR", "asking round the estate who IP is seeing"),
    ],
)

case(
    17, "stalking_fear_alarm_distress", "CSF",
    voice="vps", case="mixed", noise="clean", batch="sh",
    pattern="vps_ex_turning_up_and_repeated_face_threat_reported_after_a_year", relationship="ex_partner", occasions=5,
    text="""\
Victim Personal Statement. I want the court to understand that this went on for nearly a year before I told anyone. After I ended things with Marcus in March last year he kept turning up - at my flat, at the gym, once at my nan's birthday meal. In June he grabbed my wrist outside the flat and said if he couldn't have me he'd make sure my face wasn't worth having. In August he said it again by text, word for word, and added that he knew my shift pattern. I have been frightened of him since June. I believed he would hurt me and I still do. I didn't report it because I thought reporting would push him over the edge. I only came forward when my manager noticed the bruise and sat me down. I want to be able to live without looking over my shoulder.""",
    spans=[
        ("UNWANTED", "After I ended things with Marcus"),
        ("STALK_TURN_UP", "he kept turning up - at my flat, at the gym, once at my nan's birthday meal"),
        ("THREAT_VIOLENCE", "said if he couldn't have me he'd make sure my face wasn't worth having"),
        ("REPETITION", "In August he said it again by text, word for word"),
        ("STALK_MONITOR", "he knew my shift pattern"),
        ("FEAR_OF_VIOLENCE", "I have been frightened of him since June"),
        ("FEAR_OF_VIOLENCE", "I believed he would hurt me and I still do"),
    ],
)

case(
    18, "stalking_fear_alarm_distress", "CSD",
    voice="third_party", case="mixed", noise="abbrev", batch="sh",
    pattern="gp_reports_for_patient_running_app_stranger_sends_parcels_patient_signed_off", relationship="online", occasions=12,
    text="""\
Call from Dr Helen Marsh, GP at Riverside Surgery, with consent of her patient (IP) Ms Rebecca Toon, 41, who is in the consulting room w/ her. IP has been signed off work for 4 wks with anxiety. GP states IP disclosed that since last summer a man she has never met, who she thinks first saw her on a running app, has been sending parcels to her home - running socks, a necklace, a book of poems - roughly once a fortnight, with cards signed 'your admirer M'. He comments on her Strava runs with the times and routes, and in Dec a card mentioned the colour of her new front door. She has stopped running outdoors, taken her profile down and had a doorbell camera fitted. No threats. GP felt IP would not call herself. IP agrees to police contact on mobile after 1700.""",
    spans=[
        ("SERIOUS_IMPACT", "signed off work for 4 wks with anxiety"),
        ("REPETITION", "since last summer"),
        ("STALK_GIFTS", "sending parcels to her home - running socks, a necklace, a book of poems"),
        ("REPETITION", "roughly once a fortnight"),
        ("STALK_MONITOR", "comments on her Strava runs with the times and routes"),
        ("STALK_WATCH", "a card mentioned the colour of her new front door"),
        ("SERIOUS_IMPACT", "stopped running outdoors"),
        ("SERIOUS_IMPACT", "had a doorbell camera fitted"),
    ],
)

case(
    19, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="clean", batch="sh",
    pattern="hr_refers_supervisor_anti_muslim_messages_found_through_grievance", relationship="colleague", occasions=11,
    text="""\
Email referral from Mr Owen Price, HR Business Partner, Calder Logistics, forwarded to the harassment desk. An internal grievance has brought to light that since October a shift supervisor, Craig Holt, has sent our employee Ms Amina Rafiq a series of messages on the company Teams system and by personal text. HR has copies of eleven. They include "take that tea towel off your head at work", "your religion is a cancer", and a cartoon of the Prophet with the caption "one for your prayer mat". Ms Rafiq did not come forward until a colleague saw one over her shoulder; she says she thought she'd be seen as causing trouble. She has been upset and tearful but continues to work her normal shifts. No threats have been made. Holt has been suspended pending investigation. Ms Rafiq is happy to speak to police.""",
    spans=[
        ("REPETITION", "since October"),
        ("STALK_CONTACT", "sent our employee Ms Amina Rafiq a series of messages on the company Teams system and by personal text"),
        ("REPETITION", "HR has copies of eleven"),
        ("RELIGIOUS_HOSTILITY", "take that tea towel off your head at work"),
        ("RELIGIOUS_HOSTILITY", "your religion is a cancer"),
        ("RELIGIOUS_HOSTILITY", "a cartoon of the Prophet with the caption \"one for your prayer mat\""),
        ("DISTRESS", "upset and tearful"),
    ],
)

case(
    20, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="call_log", case="inconsistent", noise="abbrev", batch="sh",
    pattern="taxi_controller_reports_account_customer_racist_threats_to_driver", relationship="customer", occasions=3,
    text="""\
Caller is controller at A1 Cars, Bexley St, ringing on behalf of one of their drivers, Mr Farhan QURESHI. Says it has been going on since before Xmas but driver only told them this wk. Regular customer Lee DAWSON (account customer, picks up from the Crown pub) has on 3 separate fares called the driver a 'f***ing paki' and told him 'i'll cut your throat you terrorist'. On the last fare (Sat 1 Feb) he said it again and showed a knife in his coat. DRIVER HAS TOLD CONTROLLER HE IS SCARED DAWSON WILL STAB HIM and has refused all fares from the Crown since. Firm has barred dawson's account. Driver on shift till 2200, contactable via base. Dashcam on last fare may be retained - controller to check.""",
    spans=[
        ("REPETITION", "on 3 separate fares"),
        ("RACIAL_HOSTILITY", "called the driver a 'f***ing paki'"),
        ("THREAT_VIOLENCE", "told him 'i'll cut your throat you terrorist'"),
        ("REPETITION", "he said it again and showed a knife in his coat"),
        ("FEAR_OF_VIOLENCE", "HE IS SCARED DAWSON WILL STAB HIM"),
        ("SERIOUS_IMPACT", "refused all fares from the Crown since"),
    ],
)

case(
    21, "aggravated_stalking", "CSR",
    voice="judgment", case="mixed", noise="clean", batch="sh",
    pattern="sentencing_remarks_ex_partner_nationality_abuse_facebook_page_restaurant_visits", relationship="ex_partner", occasions=7,
    text="""\
HHJ Rowe: Mr Fletcher, you and Ms Kowalczyk were together for about two years. She ended the relationship in the spring of 2024. What followed, over some seven months, was a course of conduct that she did not report until a friend, who had kept copies of what you sent, persuaded her to. You messaged her constantly, sometimes forty times in a day. You turned up at the restaurant where she waited tables on at least five occasions and sat at the bar until you were asked to leave. You created a Facebook page in which you described her as a 'Polish parasite' and told others that 'her kind' come here to leech off Englishmen, and you sent her messages calling her an 'Eastern European sl*g' who should 'go back to Gdansk'. Those remarks demonstrate hostility based on her nationality and the offence is aggravated accordingly. She tells me she was never frightened of you; she was, in her words, 'humiliated and worn out'. Your plea came early, at the first hearing, and that earns you the full one-third reduction.""",
    spans=[
        ("UNWANTED", "She ended the relationship in the spring of 2024"),
        ("REPETITION", "over some seven months"),
        ("STALK_CONTACT", "You messaged her constantly, sometimes forty times in a day"),
        ("STALK_TURN_UP", "turned up at the restaurant where she waited tables on at least five occasions"),
        ("STALK_LOITER", "sat at the bar until you were asked to leave"),
        ("STALK_PUBLISH", "You created a Facebook page"),
        ("RACIAL_HOSTILITY", "described her as a 'Polish parasite'"),
        ("RACIAL_HOSTILITY", "told others that 'her kind' come here to leech off Englishmen"),
        ("RACIAL_HOSTILITY", "calling her an 'Eastern European sl*g' who should 'go back to Gdansk'"),
        ("DISTRESS", "humiliated and worn out"),
    ],
)

case(
    22, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="notebook", case="mixed", noise="abbrev", batch="sh",
    pattern="wife_log_of_neighbour_watching_photographing_sikh_man_posting_on_fb", relationship="neighbour", occasions=31,
    text="""\
PNB 22/06 1915 - Spoke w/ IP Mr Harjit SANDHU (52) at home address. IP's wife has kept a written log since Oct last yr, 31 entries, which I have seized (exhibit PS/1). Log shows SUSP Gary NEWELL (no 27, opposite) sitting in his car outside IP's house most evenings watching the front room, photographing IP leaving for the gurdwara on Sundays, and posting the photos on a local FB group with captions 'towel head off to plot again' and 'Sandhu's mob taking over'. IP's car tyres let down twice (Jan, Apr) - IP believes NEWELL. NEWELL shouted 'take your turban and f*** off' at IP in March. No threats of violence. IP has since put up 3 CCTV cameras and goes to the gurdwara by a different road. IP says he wanted to handle it himself, came in after the FB post was shared to his daughter's school group.""",
    spans=[
        ("REPETITION", "31 entries"),
        ("STALK_WATCH", "sitting in his car outside IP's house most evenings watching the front room"),
        ("STALK_WATCH", "photographing IP leaving for the gurdwara on Sundays"),
        ("STALK_PUBLISH", "posting the photos on a local FB group"),
        ("RELIGIOUS_HOSTILITY", "towel head off to plot again"),
        ("STALK_PROPERTY", "car tyres let down twice"),
        ("RELIGIOUS_HOSTILITY", "take your turban and f*** off"),
        ("SERIOUS_IMPACT", "put up 3 CCTV cameras"),
        ("SERIOUS_IMPACT", "goes to the gurdwara by a different road"),
        ("ESCALATION", "the FB post was shared to his daughter's school group"),
    ],
)

case(
    23, "no_offence", "R",
    voice="third_party", case="mixed", noise="clean", batch="sh",
    pattern="friend_reports_single_racist_shout_in_street_three_weeks_later", relationship="stranger", occasions=1,
    text="""\
Third-party report via the online form, submitted by a friend of the victim three weeks after the event. Victim (Grace Adeyemi, 27) was walking along Corporation Street on 02/05 at about 2300 when a man she did not know, white, 40s, shouted "oi n****r go home" from across the road and then walked off towards the taxi rank. Nothing else was said or done. She has not seen him since. Friend says Grace was shaken and didn't want to report it at the time. Hate incident logged. Single occasion, unknown male. Grace wants it recorded for the figures and is happy to be contacted.""",
    spans=[
        ("RACIAL_HOSTILITY", "shouted \"oi n****r go home\""),
        ("DISTRESS", "Grace was shaken"),
    ],
)

case(
    24, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="sh",
    pattern="practice_manager_reports_patient_abusive_emails_to_gp_over_prescription", relationship="customer", occasions=33,
    text="""\
Rpt from practice manager, Hillside Medical Centre, re patient Mr Trevor BLAKE and GP Dr Nia Rowlands (IP). Since Sept BLAKE has sent 23 emails to the surgery inbox addressed to IP after she declined to renew his diazepam. Emails call her 'a quack', 'an incompetent b***h' and say she 'should be struck off'. He has also rung reception 6 times demanding to speak to her. No threats, no attendance, content all about the prescription. IP says it is wearing her down but has not stopped her working. Practice had hoped the removal letter (patient deregistered 14/11) would end it; it hasn't - 4 more emails since. Rpt made now on advice of the medical defence union. IP happy with words of advice if appropriate.""",
    spans=[
        ("REPETITION", "Since Sept"),
        ("STALK_CONTACT", "sent 23 emails to the surgery inbox addressed to IP"),
        ("STALK_CONTACT", "Emails call her 'a quack', 'an incompetent b***h'"),
        ("STALK_CONTACT", "rung reception 6 times demanding to speak to her"),
        ("DISTRESS", "it is wearing her down"),
        ("REPETITION", "4 more emails since"),
    ],
)

case(
    25, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="sh",
    pattern="teen_gamer_threatened_with_stabbing_repeated_mum_finds_snapchat", relationship="online", occasions=3,
    text="""\
Update 1: Late rpt, IP Josh WEBB (17), mum present. Plays Xbox online w/ a group incl SUSP known as 'Kurtz' - IP now knows him to be Aaron MILLS, 19, from the next town; met once at a LAN event. After a falling out over a game in Feb, MILLS told IP on voice chat he'd 'find him and stab him up'. He has said it again twice since, once on Snapchat with a pic of a blade. IP says he genuinely thinks MILLS will come and hurt him and has been afraid for weeks. Mum only found out when she saw the Snapchat on his phone. Screenshot obtained.
Update 2: MILLS ID confirmed via PNC, address in [TOWN]. Not known. Vol interview to be arranged.""",
    spans=[
        ("THREAT_VIOLENCE", "he'd 'find him and stab him up'"),
        ("REPETITION", "He has said it again twice since"),
        ("THREAT_VIOLENCE", "a pic of a blade"),
        ("FEAR_OF_VIOLENCE", "genuinely thinks MILLS will come and hurt him"),
        ("FEAR_OF_VIOLENCE", "has been afraid for weeks"),
    ],
)

case(
    26, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="typos", batch="sh",
    pattern="typed_up_diary_ex_outside_work_one_joking_threat_not_scared", relationship="ex_partner", occasions=5,
    text="""\
Typed up from my diary for PC Lowe, 9th Jan.
14 Oct - Ryan outside work at 5 when I came out. Said he just wanted to talk. I said no, its over, and got the bus.
22 Oct - Ryan at the bus stop by my house, walked beside me to the door asking why I wont give him another chance.
3 Nov - flowers on the doorstep, card says 'Im not giving up on us'.
18 Nov - Ryan outside work again. When I said I'd call the police he said 'do that and you'll regret it, I'll knock you out'. Then he laughed and said he was joking. I wasnt really scared, he's never been violent, I think he just says things.
2 Dec - saw his car parked at the end of my road at 11pm.
I've kept going to work as normal. I'm reporting now because my sister said it wont stop by itself.""",
    spans=[
        ("STALK_TURN_UP", "Ryan outside work at 5 when I came out"),
        ("UNWANTED", "I said no, its over"),
        ("STALK_FOLLOW", "walked beside me to the door asking why I wont give him another chance"),
        ("STALK_GIFTS", "flowers on the doorstep"),
        ("FIXATION", "Im not giving up on us"),
        ("STALK_TURN_UP", "Ryan outside work again"),
        ("THREAT_VIOLENCE", "do that and you'll regret it, I'll knock you out"),
        ("STALK_LOITER", "saw his car parked at the end of my road at 11pm"),
    ],
)

case(
    27, "stalking_fear_alarm_distress", "CSFD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="sh",
    pattern="registrar_reclassifies_library_worker_s2_as_s4a_stranger_notes_threats_moved", relationship="stranger", occasions=8,
    text="""\
CRIME REGISTRAR - RECLASSIFICATION. Crime 19/40112/24 recorded in Nov as s.2 harassment. Re-read at quarterly audit. Facts per V's statement (taken Nov, covers Apr-Nov): unknown male, later IDd as Paul GRANGER, approached V at the library where she works in April, then repeatedly waited for her at closing time, followed her to her car on at least 4 occasions, and left notes under her wiper. After she told him to stay away (July) the notes said 'you can't hide from me' and 'I'll make you pay for ignoring me'. In Sept he said to her face at the car 'one night I'll be waiting and you won't see me'. V states she believed he would attack her. V moved to her parents' address in Oct and changed jobs to a branch 20 miles away. This is stalking involving fear of violence / serious alarm or distress. Reclassified. Original OIC did not pick up the fixation or the changes to V's life.""",
    spans=[
        ("STALK_LOITER", "repeatedly waited for her at closing time"),
        ("STALK_FOLLOW", "followed her to her car on at least 4 occasions"),
        ("STALK_CONTACT", "left notes under her wiper"),
        ("UNWANTED", "After she told him to stay away"),
        ("FIXATION", "you can't hide from me"),
        ("THREAT_VIOLENCE", "I'll make you pay for ignoring me"),
        ("THREAT_VIOLENCE", "one night I'll be waiting and you won't see me"),
        ("FEAR_OF_VIOLENCE", "V states she believed he would attack her"),
        ("SERIOUS_IMPACT", "V moved to her parents' address in Oct"),
        ("SERIOUS_IMPACT", "changed jobs to a branch 20 miles away"),
    ],
)

case(
    28, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="typos", batch="sh",
    pattern="student_racist_instagram_messages_two_threats_victim_not_scared", relationship="acquaintance", occasions=40,
    text="""\
Statement of Daniel Chen. I'm reporting this now because my tutor told me to, its been going on since freshers week last year. Lewis Harper was on my corridor in halls. Since we fell out about the kitchen he has messaged me on Instagram about once a week calling me 'chinky', 'virus boy' and telling me to 'eat a bat'. Twice he has said he'll 'batter me' if he sees me on campus. Honestly I'm not scared of him, he's all talk and I'm bigger than him, I just want the racist stuff to stop. I've screenshotted everything, there is about 40 messages. I've carried on going to lectures and the gym as normal.""",
    spans=[
        ("REPETITION", "since freshers week last year"),
        ("STALK_CONTACT", "messaged me on Instagram about once a week"),
        ("RACIAL_HOSTILITY", "calling me 'chinky', 'virus boy' and telling me to 'eat a bat'"),
        ("THREAT_VIOLENCE", "Twice he has said he'll 'batter me' if he sees me on campus"),
        ("REPETITION", "about 40 messages"),
    ],
)

case(
    29, "aggravated_harassment", "CDR",
    voice="mo_field", case="upper", noise="heavy", batch="sh",
    pattern="council_asb_officer_log_neighbour_abuse_of_traveller_woman", relationship="neighbour", occasions=10,
    text="""\
MO: SUSP (NEIGHBOUR) HAS OVER 6 MTHS SHOUTED ABUSE AT IP (IRISH TRAVELLER) WHEN SHE PASSES HIS HSE - 'DIRTY PIKEY', 'GYPO SCUM GO BACK TO YOUR CARAVAN'. APPROX 10 OCCS LOGGED BY COUNCIL ASB OFFICER WHO REFERRED. IP NOW WALKS LONG WAY ROUND TO SCHOOL + HAS APPLIED FOR HSG TRANSFER. NO THREATS.""",
    spans=[
        ("REPETITION", "OVER 6 MTHS"),
        ("STALK_CONTACT", "SHOUTED ABUSE AT IP"),
        ("RACIAL_HOSTILITY", "'DIRTY PIKEY', 'GYPO SCUM GO BACK TO YOUR CARAVAN'"),
        ("REPETITION", "APPROX 10 OCCS"),
        ("SERIOUS_IMPACT", "WALKS LONG WAY ROUND TO SCHOOL"),
        ("SERIOUS_IMPACT", "HAS APPLIED FOR HSG TRANSFER"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="crime_summary", case="mixed", noise="redacted", batch="sh",
    pattern="school_family_worker_refers_mother_racist_stairwell_threats_from_flat_above", relationship="neighbour", occasions=4,
    text="""\
Referral received from [SCHOOL] family support worker after IP's son disclosed at school. IP [NAME 1], 38, Nigerian national, lives [ADDRESS 1] with two children. Neighbour [NAME 2] (flat above) has since the summer shouted at IP on the stairwell on numerous occasions. On 4 Sept he said "monkeys like you should be in a cage, I'll throw you down these stairs". On 20 Oct he stood over her on the landing and said "go back to Africa before I put you in a box". IP told the support worker she is terrified he will push her down the stairs, and she now waits for him to go out before leaving the flat. Did not report - feared the housing association would move the family. IP engaged w/ officer on 12/11, hate crime flag added.""",
    spans=[
        ("REPETITION", "since the summer"),
        ("STALK_CONTACT", "shouted at IP on the stairwell on numerous occasions"),
        ("RACIAL_HOSTILITY", "monkeys like you should be in a cage"),
        ("THREAT_VIOLENCE", "I'll throw you down these stairs"),
        ("RACIAL_HOSTILITY", "go back to Africa"),
        ("THREAT_VIOLENCE", "before I put you in a box"),
        ("FEAR_OF_VIOLENCE", "she is terrified he will push her down the stairs"),
        ("SERIOUS_IMPACT", "waits for him to go out before leaving the flat"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="lower", noise="heavy", batch="sh",
    pattern="cricket_captaincy_grudge_anti_hindu_whatsapp_with_two_threats", relationship="acquaintance", occasions=6,
    text="""\
pnb 0930 met ip at cricket club pavilion (his request, didnt want wife knowing). ip mr vikram joshi. shown whatsapp msgs from club member dean rudd going back to last season after ip made captain over him. msgs incl 'cow worshipping c***', 'take your elephant god and p*** off' and on 2 diff dates 'ill wrap the bat round your head' (12/6) + 'ur gonna get hurt after nets' (30/8). ip states he is afraid rudd will attack him at the club. ip has kept playing. msgs photographed, ip to send originals.""",
    spans=[
        ("STALK_CONTACT", "whatsapp msgs from club member dean rudd"),
        ("REPETITION", "going back to last season"),
        ("RELIGIOUS_HOSTILITY", "cow worshipping c***"),
        ("RELIGIOUS_HOSTILITY", "take your elephant god and p*** off"),
        ("REPETITION", "on 2 diff dates"),
        ("THREAT_VIOLENCE", "ill wrap the bat round your head"),
        ("THREAT_VIOLENCE", "ur gonna get hurt after nets"),
        ("FEAR_OF_VIOLENCE", "he is afraid rudd will attack him at the club"),
    ],
)

case(
    32, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="typos", batch="sh",
    pattern="dating_app_match_rejected_new_accounts_office_visits_racist_tiktok", relationship="online", occasions=64,
    text="""\
Summary for file. IP (Precious Mensah, 29) matched with SUSP (Oliver Banks) on a dating app in May. One date. IP said she didn't want to see him again. Since then: 60+ messages across the app, WhatsApp and three new Instagram accounts after each block; turned up at her office reception twice asking for her; posted on TikTok about her by name calling her a 'gold digging African', 'jungle b***h' and saying 'black girls are all the same'. IP came forward in Oct after a collegue showed her the TikTok. IP says she finds it ridiculous more than anything and refuses to let it change her life. No threats recieved.""",
    spans=[
        ("UNWANTED", "IP said she didn't want to see him again"),
        ("STALK_CONTACT", "60+ messages across the app, WhatsApp and three new Instagram accounts after each block"),
        ("STALK_TURN_UP", "turned up at her office reception twice asking for her"),
        ("STALK_PUBLISH", "posted on TikTok about her by name"),
        ("RACIAL_HOSTILITY", "calling her a 'gold digging African', 'jungle b***h'"),
        ("RACIAL_HOSTILITY", "black girls are all the same"),
    ],
)

case(
    33, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="call_log", case="lower", noise="abbrev", batch="sh",
    pattern="brother_reports_for_sister_ex_drives_past_tracks_icloud_racist_window_threats", relationship="ex_partner", occasions=10,
    text="""\
caller is brother of IP, rpting on her behalf, she is with him now. IP (Aisha Grant, 31) split from SUSP Kyle Dobson 8 mths ago. caller says since then dobson has been driving past her flat most nights, tracked her via her old icloud (IP changed pw last wk after finding out), and sends msgs calling her a 'half caste tramp' and her kids 'mongrels'. on 2 occasions (oct + last fri) he has sent a voice note saying he will 'put her through a window'. IP is terrified he'll do it, hasnt wanted to report as scared it wd make him worse. caller says she now sleeps at his address. IP has agreed to speak to officers. DASH to be completed on attendance.""",
    spans=[
        ("UNWANTED", "split from SUSP Kyle Dobson 8 mths ago"),
        ("STALK_WATCH", "driving past her flat most nights"),
        ("STALK_MONITOR", "tracked her via her old icloud"),
        ("RACIAL_HOSTILITY", "calling her a 'half caste tramp' and her kids 'mongrels'"),
        ("REPETITION", "on 2 occasions (oct + last fri)"),
        ("THREAT_VIOLENCE", "he will 'put her through a window'"),
        ("FEAR_OF_VIOLENCE", "IP is terrified he'll do it"),
        ("SERIOUS_IMPACT", "she now sleeps at his address"),
    ],
)

case(
    34, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="sh",
    pattern="daughter_reports_debt_letters_and_enforcement_visits_lawful_recovery", relationship="business", occasions=7,
    text="""\
Result: NFA - no offence disclosed. Daughter of IP (Mrs Eileen Clarke, 77) rang in February saying her mum was being "harassed" by a debt company. Reviewed the paperwork provided: five letters from Northgate Recoveries between September and January about an unpaid catalogue account of £1,340, and two visits by a certificated enforcement agent (11 Dec, 20 Jan) who left notices of enforcement. The letters are in standard form, polite in tone, nothing beyond the legal process. The agent's bodycam was reviewed by the firm at our request - courteous, left when asked. IP is understandably worried and has not been sleeping, but this is lawful debt recovery. Daughter signposted to StepChange and Citizens Advice and told that any dispute about the debt itself is a civil matter. IP informed by phone 04/03.""",
    spans=[
        ("DISTRESS", "IP is understandably worried and has not been sleeping"),
    ],
)

case(
    35, "harassment", "C",
    voice="updates", case="inconsistent", noise="typos", batch="sh",
    pattern="night_driver_neighbour_abusive_texts_about_car_door_noise_religion_not_relevant", relationship="neighbour", occasions=17,
    text="""\
UPDATE - OIC PC 3390. IP Mr Gurpreet BAINS (British Sikh, works nights driving a taxi) reports neighbour at no 41, Mrs Tracey OWEN, has been sending him abusive texts about his car door slamming when he gets home at 4am. IP has kept them all: first one 9 Aug, 17 in total, latest 2 Jan - 'inconsiderate pig', 'some of us have jobs to go to you selfish t***'. IP asked her to stop on 20 Oct and offered to park further up the road - texts carried on. IP states the texts have nothing to do with his religion or background, "she'd say it to anyone, she's just furious about the noise". IP annoyed and stressed, NO CHANGE TO ROUTINE. No threats. Did not rpt sooner, thought it would settle down. IP wants it formaly recorded; words of advice to SUSP being considered.""",
    spans=[
        ("STALK_CONTACT", "sending him abusive texts about his car door slamming"),
        ("REPETITION", "first one 9 Aug, 17 in total, latest 2 Jan"),
        ("STALK_CONTACT", "'inconsiderate pig', 'some of us have jobs to go to you selfish t***'"),
        ("UNWANTED", "IP asked her to stop on 20 Oct"),
        ("REPETITION", "texts carried on"),
        ("DISTRESS", "IP annoyed and stressed"),
    ],
)

case(
    36, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="sh",
    pattern="gay_chef_homophobic_abuse_and_two_threats_from_kitchen_porter", relationship="colleague", occasions=6,
    text="""\
I work as a chef at the Old Bell. I want to report what Stuart Hayes, one of the kitchen porters, has been saying to me since about November. I didn't report it before because I didn't want to lose my job and I hoped he would leave. He found out I am gay when my boyfriend picked me up from a shift. Since then he calls me a "f****t" and "bender" most shifts we work together. On 2 December in the yard he said people like me want kicking to death. On 14 January he held a boning knife up near my face and said "I'll do you one night, no one will miss a queer". I am frightened of him. I think he would actually hurt me if he got me on my own. I have told my head chef and I am making this statement with her support.""",
    spans=[
        ("REPETITION", "since about November"),
        ("STALK_CONTACT", "calls me a \"f****t\" and \"bender\" most shifts we work together"),
        ("THREAT_VIOLENCE", "said people like me want kicking to death"),
        ("THREAT_VIOLENCE", "held a boning knife up near my face and said \"I'll do you one night, no one will miss a queer\""),
        ("FEAR_OF_VIOLENCE", "I am frightened of him"),
        ("FEAR_OF_VIOLENCE", "I think he would actually hurt me if he got me on my own"),
    ],
)

case(
    37, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="sh",
    pattern="ex_partner_daily_messages_turns_up_threatens_victims_father_not_her", relationship="ex_partner", occasions=10,
    text="""\
DASH - IP Leanne FOSTER, ex-partner Wayne CROSS (split Aug after 6 yrs, no children). Rpt made Apr, IP says she put up with it over the winter. CROSS msgs IP daily asking to 'start again', has turned up at her mum and dad's twice and at her work once (Mar). After her dad told him to back off he sent msgs saying he will 'break the old man's legs'. IP says Wayne would never hurt her and she isn't scared for herself, only worried for her dad. No change to her routine. Q1 Are you frightened? - 'not of him, no'. DASH MEDIUM due to threats to 3rd party. Dad to be spoken to separately re his own report.""",
    spans=[
        ("UNWANTED", "split Aug after 6 yrs"),
        ("STALK_CONTACT", "CROSS msgs IP daily"),
        ("FIXATION", "asking to 'start again'"),
        ("STALK_TURN_UP", "turned up at her mum and dad's twice and at her work once"),
    ],
)

case(
    38, "stalking_fear_alarm_distress", "CSD",
    voice="call_log", case="upper", noise="typos", batch="sh",
    pattern="sister_reports_former_agency_carer_fixated_on_disabled_man_disability_abuse", relationship="acquaintance", occasions=11,
    text="""\
CALLER IS SISTER OF IP. IP (MR ALAN DEAKIN, 58, WHEELCHAIR USER, MS) HAD A CARER FROM AN AGENCY, SUSP JANINE PARRY, UNTIL THE AGENCY REMOVED HER IN SEPT. SINCE THEN PARRY HAS KEPT TURNING UP AT IP'S BUNGALOW SAYING SHE IS 'THE ONLY ONE WHO UNDERSTANDS HIM', HAS BEEN SEEN SAT IN HER CAR OPP THE BUNGALOW FOR HOURS, AND TEXTS HIM 'YOUR NOTHING WITHOUT ME, WHO ELSE WOULD WANT A CRIPPLE'. SISTER HAS BEEN KEEPING A NOTE - 11 VISITS SINCE SEPT. IP HAS HAD THE LOCKS CHANGED AND STOPPED GOING TO HIS DAY CENTRE INCASE SHE IS THERE. NO THREATS. CALLER DIDNT RING BEFORE AS IP WAS EMBARASSED.""",
    spans=[
        ("STALK_TURN_UP", "KEPT TURNING UP AT IP'S BUNGALOW"),
        ("FIXATION", "THE ONLY ONE WHO UNDERSTANDS HIM"),
        ("STALK_WATCH", "SAT IN HER CAR OPP THE BUNGALOW FOR HOURS"),
        ("STALK_CONTACT", "TEXTS HIM 'YOUR NOTHING WITHOUT ME, WHO ELSE WOULD WANT A CRIPPLE'"),
        ("REPETITION", "11 VISITS SINCE SEPT"),
        ("SERIOUS_IMPACT", "HAS HAD THE LOCKS CHANGED"),
        ("SERIOUS_IMPACT", "STOPPED GOING TO HIS DAY CENTRE INCASE SHE IS THERE"),
    ],
)

case(
    39, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="redacted", batch="sh",
    pattern="former_customer_anti_romanian_letters_to_kitchen_fitter_after_worktop_dispute", relationship="customer", occasions=12,
    text="""\
RESULT: CHARGED - harassment, racially aggravated. Summary: between [DATE 1] and [DATE 2] (approx 5 months) [SUSP 1], a former customer of V's kitchen fitting business, sent V nine letters and numerous emails after a dispute over a worktop. Content includes "you Romanian thieves are all the same" and "go back to your gypsy camp in Bucharest and take your cowboy work with you". V is a Romanian national, resident in the UK 14 years. No threats. V only reported after [SUSP 1] posted a letter to V's home address rather than the business premises - V distressed that family saw it. A Trading Standards complaint made by [SUSP 1] is separate and not part of this charge.""",
    spans=[
        ("REPETITION", "approx 5 months"),
        ("STALK_CONTACT", "sent V nine letters and numerous emails"),
        ("RACIAL_HOSTILITY", "you Romanian thieves are all the same"),
        ("RACIAL_HOSTILITY", "go back to your gypsy camp in Bucharest"),
        ("ESCALATION", "posted a letter to V's home address rather than the business premises"),
        ("DISTRESS", "V distressed that family saw it"),
    ],
)

case(
    40, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="abbrev", batch="sh",
    pattern="care_home_manager_reports_residents_son_racist_threats_to_carer", relationship="customer", occasions=4,
    text="""\
LATE RPT VIA EMPLOYER (CARE HOME MGR). CARER (FILIPINA) SAYS A RESIDENT'S SON HAS CALLED HER 'CHINK SLAVE' ON 4 VISITS SINCE JULY AND TWICE SAID HE'LL 'SNAP HER NECK'. SHE IS SCARED HE WILL HURT HER ON SHIFT.""",
    spans=[
        ("RACIAL_HOSTILITY", "CALLED HER 'CHINK SLAVE'"),
        ("REPETITION", "ON 4 VISITS SINCE JULY"),
        ("THREAT_VIOLENCE", "TWICE SAID HE'LL 'SNAP HER NECK'"),
        ("FEAR_OF_VIOLENCE", "SHE IS SCARED HE WILL HURT HER ON SHIFT"),
    ],
)

case(
    41, "aggravated_stalking", "CSR",
    voice="statement", case="lower", noise="typos", batch="sh",
    pattern="ex_partner_targets_convert_at_mosque_fake_profile_anti_muslim_abuse", relationship="ex_partner", occasions=12,
    text="""\
statement (typed by PC from handwritten notes IP brought in). IP Sophie ALI (nee Marsh), converted to islam 2023. ex-partner Jamie TURNER, split 2022. IP states since she posted about her conversion TURNER has: turned up outside the mosque at friday prayers at least 6 times and filmed her going in; sent her messages calling her 'a brainwashed terrorist's wh*re' and 'muzzie traitor'; made a fake profile in her old name posting her photos with captions about 'sharia slags'; and rang her new husbands workplace to say she was only after a visa. IP says she is not afraid of him, 'hes pathetic', and has not changed anything she does. wants it on record because he has now started on her husband.""",
    spans=[
        ("STALK_TURN_UP", "turned up outside the mosque at friday prayers at least 6 times"),
        ("STALK_WATCH", "filmed her going in"),
        ("RELIGIOUS_HOSTILITY", "calling her 'a brainwashed terrorist's wh*re' and 'muzzie traitor'"),
        ("STALK_PUBLISH", "made a fake profile in her old name posting her photos"),
        ("RELIGIOUS_HOSTILITY", "sharia slags"),
        ("STALK_PUBLISH", "rang her new husbands workplace to say she was only after a visa"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="sh",
    pattern="registrar_overturns_civil_closure_landlord_entering_flat_fixated_racist_texts", relationship="landlord", occasions=7,
    text="""\
Audit note (DCR). Incident 0417 of 03/03 closed as 'civil - landlord and tenant'. Having re-read the IP's emails attached to the log, I disagree. IP Ms Deepa NAIR (tenant) describes LL Mr Graham PEARCE letting himself into her flat on at least 3 occasions while she was at work (Nov, Dec, Feb) and moving her underwear drawer; texting her late at night 'you're my favourite tenant, I think about you', 'why won't you come for a drink'; and, when she refused, 'typical Indian, stuck up and stinking of curry', 'your lot are only good for cleaning'. He also commented on what she wore to a party, which he can only know from her Instagram. None of this is about the tenancy. IP not frightened, no changes to her life, but wants it dealt with. Recording amended to stalking, racially aggravated; allocated to CID.""",
    spans=[
        ("STALK_PROPERTY", "letting himself into her flat on at least 3 occasions while she was at work"),
        ("STALK_PROPERTY", "moving her underwear drawer"),
        ("STALK_CONTACT", "texting her late at night"),
        ("FIXATION", "you're my favourite tenant, I think about you"),
        ("UNWANTED", "when she refused"),
        ("RACIAL_HOSTILITY", "typical Indian, stuck up and stinking of curry"),
        ("RACIAL_HOSTILITY", "your lot are only good for cleaning"),
        ("STALK_MONITOR", "commented on what she wore to a party, which he can only know from her Instagram"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="crime_summary", case="mixed", noise="typos", batch="sh",
    pattern="friend_timeline_of_former_coursemate_fixated_on_student_nurse_hijab_abuse_two_threats", relationship="acquaintance", occasions=12,
    text="""\
Timeline compiled by W1 (Layla, IP's friend) from screenshots and her own notes, handed in 30/04 with IP present. IP Ruqiya WARSAME, 22, student nurse. SUSP believed to be Nathan KEMP, 24, who was on her access course two years ago.
- Sept: KEMP messages IP on Insta out of nowhere, 'been thinking about you since college'. IP replies politely that she is engaged. He keeps messaging, 3-4 times a week.
- Oct: IP blocks him. Within a day a new account follows her. Layla has screenshots of 5 accounts in total.
- Nov: KEMP seen by Layla and IP sitting at the back of the bus IP takes to placement, twice in the same week. He got off at her stop and walked behind them to the hospital.
- Dec: messages start on her hijab - 'take that rag off and you'd be beautiful', 'your religion has brainwashed you', 'muslim girls need saving from themselves'.
- 6 Jan: voice note - 'you'll be sorry, I'll hurt you before I let him have you'.
- 22 Feb: stood outside the nurses accomodation and shouted up that he would drag her out by that headscarf and show her. Security attended, he left.
- March: quieter, one message 'I'm waiting'.
IP says she did not report sooner because she was embarassed and thought blocking would be enough. She is now frightened he will hurt her and jumps whenever she sees a man in a grey coat. She is still going to placement and lectures. Layla happy to give a statement. Requested: subscriber checks on accounts, CCTV from accomodation (Feb probably overwritten).""",
    spans=[
        ("FIXATION", "been thinking about you since college"),
        ("REPETITION", "He keeps messaging, 3-4 times a week"),
        ("UNWANTED", "IP blocks him"),
        ("FIXATION", "Within a day a new account follows her"),
        ("STALK_FOLLOW", "sitting at the back of the bus IP takes to placement, twice in the same week"),
        ("STALK_FOLLOW", "got off at her stop and walked behind them to the hospital"),
        ("RELIGIOUS_HOSTILITY", "take that rag off and you'd be beautiful"),
        ("RELIGIOUS_HOSTILITY", "muslim girls need saving from themselves"),
        ("THREAT_VIOLENCE", "you'll be sorry, I'll hurt you before I let him have you"),
        ("THREAT_VIOLENCE", "shouted up that he would drag her out by that headscarf and show her"),
        ("FIXATION", "I'm waiting"),
        ("FEAR_OF_VIOLENCE", "She is now frightened he will hurt her"),
        ("DISTRESS", "jumps whenever she sees a man in a grey coat"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="mo_field", case="lower", noise="abbrev", batch="sh",
    pattern="employer_reports_female_ex_at_work_and_gym_racist_msgs_victim_changes_number", relationship="ex_partner", occasions=9,
    text="""\
mo: late rpt via ip's employer. female ex (split jan) attends ip's workplace + gym repeatedly, msgs him from new nos after each block calling him 'jungle bunny' + 'monkey'. ip has changed his no twice and moved gym. no threats.""",
    spans=[
        ("UNWANTED", "split jan"),
        ("STALK_TURN_UP", "attends ip's workplace + gym repeatedly"),
        ("STALK_CONTACT", "msgs him from new nos after each block"),
        ("RACIAL_HOSTILITY", "calling him 'jungle bunny' + 'monkey'"),
        ("SERIOUS_IMPACT", "changed his no twice"),
        ("SERIOUS_IMPACT", "moved gym"),
    ],
)
