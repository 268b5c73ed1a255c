# ruff: noqa: E501
"""Hand-written narratives, writer ua: rural England and Wales, farms, villages, lanes, long gaps between entries."""

from corpora.handwritten import case

case(
    1, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="ua",
    pattern="former_bb_guest_rebooks_under_false_names_owner_closes_business", relationship="customer", occasions=10,
    text="""\
UPDATE 1 - 03/02 - PC 2291 HUGHES
Attended Bryn Celyn B&B, nr Llanbedr Fawr. IP Mrs Eirlys PRYCE (61) runs B&B alone since husband died. SUSP Graham TOLLEY stayed 2 nights in Oct. Since then has rebooked 4 times under diff names, turned up at door each time asking for her not the room. Sent 6 handwritten letters, says she "understood him like nobody else". IP has told him by phone she doesnt want contact. No threats made at any stage.

UPDATE 2 - 19/02 - PC 2291 HUGHES
Long gap, sickness on the section + only one car for the whole of the north end. Spoke to IP by phone. SUSP car (silver Skoda) seen parked in gateway of the top field on 3 evenings by neighbour W1 Dilwyn. IP says she has stopped taking online bookings altogether and shut the B&B till Easter, lost income. Has had her grandson put up 2 cameras and now sleeps at daughters in Llanfechan most nights.

UPDATE 3 - 02/03
SUSP located at home address over the border. Interviewed vol attendance. Says they "had a connection" and he only wanted to see her again. Words of advice not appropriate - crime recorded, file to CPS for charging advice.""",
    spans=[
        ("REPETITION", "rebooked 4 times under diff names"),
        ("STALK_TURN_UP", "turned up at door each time asking for her not the room"),
        ("STALK_CONTACT", "Sent 6 handwritten letters"),
        ("FIXATION", 'says she "understood him like nobody else"'),
        ("UNWANTED", "IP has told him by phone she doesnt want contact"),
        ("STALK_WATCH", "SUSP car (silver Skoda) seen parked in gateway of the top field"),
        ("REPETITION", "on 3 evenings"),
        ("SERIOUS_IMPACT", "stopped taking online bookings altogether and shut the B&B till Easter"),
        ("SERIOUS_IMPACT", "now sleeps at daughters in Llanfechan most nights"),
    ],
)

case(
    2, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="ua",
    pattern="holiday_cottage_owner_abuses_guest_over_bad_review", relationship="business", occasions=19,
    text="""\
CALLER STATES SHE STAYED AT A HOLIDAY COTTAGE (SHEPHERDS REST, NR HOLLINSEDGE) 12-15 AUG. LEFT A 2 STAR REVIEW (DAMP, MICE). OWNER MR ALAN BEECH HAS SINCE SENT HER 14 TEXTS AND 3 EMAILS CALLING HER A LIAR AND A PARASITE AND DEMANDING SHE TAKES THE REVIEW DOWN. ALSO RANG HER TWICE FROM WITHHELD NO LAST NIGHT AND SHOUTED ABOUT HIS "LIVELIHOOD". CALLER LIVES 150 MILES AWAY, NEVER MET HIM BEFORE THE STAY, NOT INTERESTED IN HER EXCEPT THE REVIEW. NO THREATS. ADV RETAIN MSGS, CRIME REF TO FOLLOW.""",
    spans=[
        ("STALK_CONTACT", "HAS SINCE SENT HER 14 TEXTS AND 3 EMAILS CALLING HER A LIAR AND A PARASITE"),
        ("STALK_CONTACT", "RANG HER TWICE FROM WITHHELD NO LAST NIGHT AND SHOUTED"),
    ],
)

case(
    3, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="ua",
    pattern="anonymous_anti_english_notes_through_door_incomers_not_frightened", relationship="stranger", occasions=5,
    text="""\
I am the owner of Tŷ Capel, a converted chapel in the village of Rhos-y-Gelli, which my wife and I bought in April this year. We moved here from Shropshire when I retired. Since June we have had notes pushed through the letterbox, five in total, the last one on Sunday 14th September. They are all written in capitals in blue biro on lined paper. The first said "SAESON OUT". Another said "ENGLISH SCUM BUYING UP OUR VILLAGE, GO HOME". Two of them said we would "get a visit" if we stayed past Christmas.

I want to be clear that I am not frightened by these. I was a prison officer for twenty-two years and I have had far worse said to me. I think it is someone who is cross about house prices and holiday homes and I would just like it stopped before it upsets my wife any more than it has. She is learning Welsh at the evening class in the school and we have been made welcome by most people, including the chapel secretary who sold us the building. I do not know who is sending them. I have kept all five notes in a freezer bag and handed them to PC Rhys today.""",
    spans=[
        ("REPETITION", "Since June"),
        ("STALK_CONTACT", "we have had notes pushed through the letterbox, five in total"),
        ("RACIAL_HOSTILITY", '"SAESON OUT"'),
        ("RACIAL_HOSTILITY", '"ENGLISH SCUM BUYING UP OUR VILLAGE, GO HOME"'),
        ("THREAT_VIOLENCE", 'Two of them said we would "get a visit" if we stayed past Christmas'),
    ],
)

case(
    4, "no_offence", "R",
    voice="call_log", case="lower", noise="typos", batch="ua",
    pattern="single_slur_at_seasonal_worker_in_market_square", relationship="stranger", occasions=1,
    text="""\
caller (bulgarian, seasonal worker at the strawbery farm) was in market sq sat approx 1630 waiting for farm minibus. man in his 50s walked past and said 'f***ing bulgarian scrounger go home', got in a blue estate and drove off. one off, never seen him before or since. hate incident recorded.""",
    spans=[
        ("RACIAL_HOSTILITY", "said 'f***ing bulgarian scrounger go home'"),
    ],
)

case(
    5, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="mixed", noise="clean", batch="ua",
    pattern="right_of_way_dispute_farmer_threatens_slurry_pit_twice", relationship="neighbour", occasions=2,
    text="""\
The victim, Mr Huw Bevan, farms Cefn Coedlas, a sheep and beef holding reached by a single-track lane that crosses land belonging to the suspect, Mr Keith Morgan of Nant Ddu Farm. There has been a long-running disagreement over the right of way, currently with solicitors on both sides.

On 11 May the suspect parked a trailer across the lane and when the victim asked him to move it he said "come down here again and I'll put you in the slurry pit, nobody would find you". On 2 June the suspect stood in the lane with a fencing bar as the victim came up on his quad and told him he would "break his legs" if he came through again. The victim has since been using the far gate and a longer route round by the forestry track, adding twenty minutes each way, and tells police he is genuinely frightened of what Morgan will do when he is on his own up the top fields.

Morgan, interviewed, accepts words were exchanged but says it was "just farming talk". Nothing to suggest any interest in the victim beyond the lane.""",
    spans=[
        ("THREAT_VIOLENCE", "come down here again and I'll put you in the slurry pit, nobody would find you"),
        ("THREAT_VIOLENCE", 'told him he would "break his legs" if he came through again'),
        ("SERIOUS_IMPACT", "using the far gate and a longer route round by the forestry track"),
        ("FEAR_OF_VIOLENCE", "genuinely frightened of what Morgan will do when he is on his own up the top fields"),
    ],
)

case(
    6, "stalking", "CS",
    voice="victim_diary", case="inconsistent", noise="typos", batch="ua",
    pattern="ex_boyfriend_shepherd_pleading_texts_turns_up_lambing_shed", relationship="ex_partner", occasions=5,
    text="""\
Mon 4th March - Gethin texted again, 9 of them tonight. all the same, please just talk to me, i'll change, i cant sleep without you. I havent replied to any since we finished at Christmas and I told him then it was over for good.
Wed 6th - 2 voicemails crying. Mam says block him but then he just rings the house phone.
Sat 9th - he came up to the lambing shed at Tyn y Bryn at 5am when I was on the night check. stood in the doorway and said he'd wait as long as it takes. Didnt shout or anything, he never has. Dad came down and he went.
Tues 12th - card and a bunch of daffs left on the quad seat. 'Forever yours G x'.
Thurs 14th - saw his pickup parked at the chapel opposite the bottom gate for most of the afternoon. I feel sick all the time with it. Still doing my rounds, not letting it stop me, but I want it to END. PC Jones said keep writing it all down.""",
    spans=[
        ("STALK_CONTACT", "Gethin texted again, 9 of them tonight"),
        ("FIXATION", "please just talk to me, i'll change, i cant sleep without you"),
        ("UNWANTED", "I told him then it was over for good"),
        ("STALK_CONTACT", "2 voicemails crying"),
        ("STALK_TURN_UP", "he came up to the lambing shed at Tyn y Bryn at 5am"),
        ("FIXATION", "said he'd wait as long as it takes"),
        ("STALK_GIFTS", "card and a bunch of daffs left on the quad seat"),
        ("STALK_WATCH", "saw his pickup parked at the chapel opposite the bottom gate for most of the afternoon"),
        ("DISTRESS", "I feel sick all the time with it"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="notebook", case="mixed", noise="abbrev", batch="ua",
    pattern="tearoom_regular_fixated_on_owner_racist_love_notes", relationship="customer", occasions=9,
    text="""\
PCSO 7714 OWEN - PNB 21/07 1040hrs
Willow Tearooms, Market Hatherley. Owner Ms Mei LIN (42). Reports regular customer Derek ASHWORTH (70s) has come in every day for 5 wks, sits by the window 3-4 hrs with one pot of tea, stares at her while she works. Has told her she is 'the only one for me'. She has asked him to stop and told him she is married. Last 2 wks he's left notes under the door at night. Mix of 'my darling' and stuff like 'go back to China with your bat soup if you won't have me' and 'you slit-eyed lot are all the same, leading men on'. Also followed her to the Co-op car park Tues. She says she is angry not afraid and will not shut the shop for him.
27/07 - notes continuing, 2 more. To PC for crime.""",
    spans=[
        ("STALK_TURN_UP", "has come in every day for 5 wks"),
        ("STALK_WATCH", "stares at her while she works"),
        ("FIXATION", "Has told her she is 'the only one for me'"),
        ("UNWANTED", "She has asked him to stop and told him she is married"),
        ("STALK_CONTACT", "left notes under the door at night"),
        ("RACIAL_HOSTILITY", "'go back to China with your bat soup if you won't have me'"),
        ("RACIAL_HOSTILITY", "'you slit-eyed lot are all the same, leading men on'"),
        ("STALK_FOLLOW", "followed her to the Co-op car park Tues"),
        ("REPETITION", "notes continuing, 2 more"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="mo_field", case="upper", noise="abbrev", batch="ua",
    pattern="youths_racially_abuse_and_threaten_takeaway_owner_at_closing", relationship="stranger", occasions=4,
    text="""\
MO: GROUP OF 3-4 LOCAL YOUTHS ATTEND TAKEAWAY ON BRIDGE ST, WELLSBY ON 4 OCCASIONS OVER 3 WKS (02/11, 09/11, 16/11, 22/11) AT CLOSING. SHOUT 'P*KI' AND 'TERRORIST' AT IP (OWNER, IRAQI KURDISH HERITAGE) THROUGH THE DOOR. ON 09/11 SUSP 1 SAID 'WE'LL BURN THIS PLACE WITH YOU IN IT'. ON 22/11 SUSP 1 + 2 WAITED BY IPS CAR IN THE CATTLE MARKET CAR PARK, SAID THEY WOULD 'STAB HIM UP' IF HE CALLED POLICE AGAIN. IP NOW CLOSES AT 2100 NOT 2300 AND HAS HIS SON WALK HIM TO CAR. STATES HE IS SCARED THEY WILL ATTACK HIM. NO CCTV INSIDE, EXT CAMERA NOT WORKING.""",
    spans=[
        ("REPETITION", "ON 4 OCCASIONS OVER 3 WKS (02/11, 09/11, 16/11, 22/11)"),
        ("RACIAL_HOSTILITY", "SHOUT 'P*KI' AND 'TERRORIST' AT IP"),
        ("THREAT_VIOLENCE", "'WE'LL BURN THIS PLACE WITH YOU IN IT'"),
        ("THREAT_VIOLENCE", "SAID THEY WOULD 'STAB HIM UP' IF HE CALLED POLICE AGAIN"),
        ("SERIOUS_IMPACT", "IP NOW CLOSES AT 2100 NOT 2300"),
        ("FEAR_OF_VIOLENCE", "STATES HE IS SCARED THEY WILL ATTACK HIM"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSFRD",
    voice="dash_note", case="mixed", noise="abbrev", batch="ua",
    pattern="ex_partner_follows_polish_dairy_worker_on_lane_threats_refuge", relationship="ex_partner", occasions=6,
    text="""\
DASH completed 14/01 by PC 1180 FARR at Ludbury stn. Risk HIGH.
IP Agnieszka (34), Polish national, lives in tied cottage on Glebe Farm where she works in the dairy. Ex-partner SUSP Lee CROOK (39) local, relationship 4 yrs, ended Nov. Since then:
- follows her in his van when she cycles to milking at 0430, headlights on full, sits right behind her on the lane
- sent messages 'you Polish whore, go back to your own country, nobody wants you here' and 'I'll finish you before you go'
- 2 Jan turned up at parlour, told her 'you're dead, I mean it' in front of herdsman W1
- phones 20-30 times a day
IP says she believes he will kill her. She has given up the job and the cottage and is now in refuge accommodation out of county.
Q Is the abuse getting worse - YES.""",
    spans=[
        ("STALK_FOLLOW", "follows her in his van when she cycles to milking at 0430"),
        ("STALK_CONTACT", "sent messages"),
        ("RACIAL_HOSTILITY", "'you Polish whore, go back to your own country, nobody wants you here'"),
        ("THREAT_VIOLENCE", "'I'll finish you before you go'"),
        ("STALK_TURN_UP", "2 Jan turned up at parlour"),
        ("THREAT_VIOLENCE", "told her 'you're dead, I mean it'"),
        ("STALK_CONTACT", "phones 20-30 times a day"),
        ("FEAR_OF_VIOLENCE", "IP says she believes he will kill her"),
        ("SERIOUS_IMPACT", "She has given up the job and the cottage and is now in refuge accommodation out of county"),
        ("ESCALATION", "Is the abuse getting worse - YES"),
    ],
)

case(
    10, "harassment", "C",
    voice="result_note", case="mixed", noise="clean", batch="ua",
    pattern="neighbour_photographs_livery_yard_over_verge_parking", relationship="neighbour", occasions=18,
    text="""\
RESULT: Crime recorded, harassment. Summons.

The victim, Dawn Kemble, runs a small livery yard at Hollowmere. Her neighbour, Roger Nash, objects to the horseboxes parking on the verge outside his bungalow. From 1 June to 30 August he has stood at his hedge with a camera on 11 logged dates photographing the yard and the clients' cars, and he has sent 7 letters to the victim calling her a liar and a cheat. His only interest is the verge. No threats. The victim says it is grinding her down but she has changed nothing.""",
    spans=[
        ("REPETITION", "From 1 June to 30 August"),
        ("STALK_WATCH", "stood at his hedge with a camera on 11 logged dates photographing the yard"),
        ("STALK_CONTACT", "sent 7 letters to the victim calling her a liar and a cheat"),
        ("DISTRESS", "it is grinding her down"),
    ],
)

case(
    11, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="ua",
    pattern="ex_husband_breaches_restraining_order_at_county_show_and_lane", relationship="ex_partner", occasions=3,
    text="""\
12/04 1915 - PC 4460 DAVIES. Call from IP Sian ROBERTS. Ex-husband SUSP Alun ROBERTS subject to RO (Porthdinas Mags, Jan) not to contact her or attend Pen Lon, her cottage at Llanaber Isaf. She says he was at the Sioe Sir (county show) today and stood at the sheep pens next to her for 40 mins, kept saying 'we can fix this Si'. She walked away, he followed her to the WI tent.
No attendance tonight - single unit, RTC.
17/04 - PC 4460. Visited IP. Further: SUSP's Hilux seen outside Pen Lon on 14/04 and 16/04 by neighbour W1, engine running, 10-15 mins each time. IP says she isn't scared of him, 'he's pathetic not dangerous', just wants it to stop.
03/05 - PC 4460. SUSP charged breach of RO x3.""",
    spans=[
        ("STALK_TURN_UP", "stood at the sheep pens next to her for 40 mins"),
        ("FIXATION", "kept saying 'we can fix this Si'"),
        ("STALK_FOLLOW", "he followed her to the WI tent"),
        ("STALK_LOITER", "SUSP's Hilux seen outside Pen Lon on 14/04 and 16/04"),
        ("REPETITION", "10-15 mins each time"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="typos", batch="ua",
    pattern="customer_partner_threatens_farrier_chasing_unpaid_invoice", relationship="customer", occasions=2,
    text="""\
Caller Mr Tom ELLIS, farrier, says he shod 4 horses for a Mrs Kaye WHITLOCK at Stonebeck in Sept, invoice £340 still unpaid. He sent a reminder. Her partner Darren PIKE then rang him on 2/10 and said 'chase that money again and I'll put you in the ground'. Caller sent a second polite reminder by post in Nov. On 21/11 Pike turned up at the yard where caller was working at Orchard Lane stables, shouted at him in front of clients and said he'd 'smash his hands so he never works again'. Caller says hes been shaking since, he works on his own at remote yards all day and he is frightened Pike will come for him. Advised small claims re the debt.""",
    spans=[
        ("THREAT_VIOLENCE", "'chase that money again and I'll put you in the ground'"),
        ("STALK_TURN_UP", "Pike turned up at the yard where caller was working"),
        ("THREAT_VIOLENCE", "said he'd 'smash his hands so he never works again'"),
        ("DISTRESS", "hes been shaking since"),
        ("FEAR_OF_VIOLENCE", "he is frightened Pike will come for him"),
    ],
)

case(
    13, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="redacted", batch="ua",
    pattern="packhouse_supervisor_anti_polish_abuse_most_shifts", relationship="colleague", occasions=8,
    text="""\
I am from Poland and work at the packhouse at [COMPANY], Saltmarsh Drove. My supervisor on the line is [NAME 1]. From the start of the potato season in September he has called me 'Polack' and 'dirty Pole' most shifts, in front of the other workers. He says things like 'you lot come here and take our jobs, go back on your bus'. On 3 October he put a sign on my locker saying 'NO POLES'. On 10 October he pushed my crates off the line and said 'Polish rubbish'. I complained to HR but it has continued, the last time was yesterday 18 October. He does not threaten me and I am not afraid of him, he is only a bully. But I am very tired of it and I want it to stop.""",
    spans=[
        ("REPETITION", "From the start of the potato season in September"),
        ("RACIAL_HOSTILITY", "called me 'Polack' and 'dirty Pole' most shifts"),
        ("RACIAL_HOSTILITY", "'you lot come here and take our jobs, go back on your bus'"),
        ("RACIAL_HOSTILITY", "put a sign on my locker saying 'NO POLES'"),
        ("RACIAL_HOSTILITY", "said 'Polish rubbish'"),
        ("REPETITION", "it has continued, the last time was yesterday 18 October"),
        ("DISTRESS", "I am very tired of it"),
    ],
)

case(
    14, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="clean", batch="ua",
    pattern="mutual_shouting_matches_over_shared_spring_water_supply", relationship="neighbour", occasions=3,
    text="""\
Supervisor review - Sgt 909 LLOYD.
I have read the log and both statements. This came in as "harassment" from Mrs Janet Price of Tŷ Isaf against her neighbour Mr Emyr Howells of Tŷ Uchaf, but Mr Howells made a counter-allegation the same evening. The background is a shared water supply piped from a spring on the Howells side of the hill, and who pays for the new filter.

On 3 occasions since August there have been shouting matches at the boundary fence. Both parties accept they swore at each other, and Mrs Price accepts that on 28/08 she threw a bucket of water over him after he called her a thieving cow. The independent witness, the postman, describes them both "going at it hammer and tongs". Neither alleges a threat or says they are frightened of the other.

This is a mutual civil dispute about water. No offence of harassment by either party. NFA; both given advice, referred to the community mediation service and to the water company about the supply. Reclassify as an ASB/neighbour incident.""",
    spans=[],
)

case(
    15, "stalking_fear_alarm_distress", "CSFD",
    voice="statement", case="mixed", noise="typos", batch="ua",
    pattern="ex_partner_tailgates_on_single_track_lane_threatens_to_run_her_into_beck", relationship="ex_partner", occasions=7,
    text="""\
My name is Becky Thorne. I was in a relationship with Craig Unwin for 2 years, we split up in May when I moved out of his caravan on Lower Fold Farm where he works. Since then he has followed me in the farm Land Rover at least 6 times. He waits at the top of Sheepwash Lane where it goes single track and then drives right up behind me with no room to pass and flashes his lights, all the way down to the cattle grid. On 19th June he pulled alongside at the passing place and said 'next time I'll run you off into the beck'. Last Friday, 12th July, he was waiting in the pub car park in Hartside when I finished my shift and said 'you'll end up in that beck one way or another'. I am scared he is going to kill me or hurt me badly, its a lonely road and theres no phone signal for most of it. I have started getting my brother to drive behind me home every night.""",
    spans=[
        ("STALK_FOLLOW", "he has followed me in the farm Land Rover at least 6 times"),
        ("STALK_LOITER", "He waits at the top of Sheepwash Lane where it goes single track"),
        ("THREAT_VIOLENCE", "said 'next time I'll run you off into the beck'"),
        ("STALK_TURN_UP", "he was waiting in the pub car park in Hartside when I finished my shift"),
        ("THREAT_VIOLENCE", "'you'll end up in that beck one way or another'"),
        ("FEAR_OF_VIOLENCE", "I am scared he is going to kill me or hurt me badly"),
        ("SERIOUS_IMPACT", "I have started getting my brother to drive behind me home every night"),
    ],
)

case(
    16, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="crime_summary", case="mixed", noise="clean", batch="ua",
    pattern="farmer_threatens_black_vet_after_tb_reactors_found", relationship="customer", occasions=2,
    text="""\
Victim is Dr Kwame Asante, a veterinary surgeon at Fellside Vets, Kirkby Moorend. In February his TB test at High Scar Farm found six reactors, which had to go. The farmer, Brian Holt, blames the victim personally.

On 15/03 Holt rang the practice and told the receptionist, "tell that black b*****d if he comes on my land again I'll shoot him". On 22/03 at the auction mart Holt came up to the victim in the café queue, called him a "monkey" in front of several people and said "you've ruined me, I'll swing for you".

The victim is frightened that Holt will carry it out, particularly as Holt holds a shotgun certificate and the victim works alone on isolated farms. He has asked the practice to take him off all call-outs in the High Scar valley and a colleague now covers them.""",
    spans=[
        ("RACIAL_HOSTILITY", '"tell that black b*****d'),
        ("THREAT_VIOLENCE", "if he comes on my land again I'll shoot him"),
        ("RACIAL_HOSTILITY", 'called him a "monkey" in front of several people'),
        ("THREAT_VIOLENCE", '"you\'ve ruined me, I\'ll swing for you"'),
        ("FEAR_OF_VIOLENCE", "The victim is frightened that Holt will carry it out"),
        ("SERIOUS_IMPACT", "asked the practice to take him off all call-outs in the High Scar valley"),
    ],
)

case(
    17, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="typos", batch="ua",
    pattern="welsh_ex_sends_anti_english_messages_turns_up_at_outdoor_centre", relationship="ex_partner", occasions=8,
    text="""\
Ringing for my friend Chloe Dunmore, shes English, lives in Aberfechan. She was with Rhodri Parry for about 18 months and she ended it in February. Since then he sends her messages most nights, she's shown me them. He calls her a 'stupid Saes cow' and 'typical English, come over here and take everything then leave'. He keeps telling her she'll come crawling back. He has turned up at the outdoor centre where she works twice, and just stood on the jetty watching her. Last week he put a post on the Pentre Aber community page about her, saying she was a user. Shes not scared of him honestly, shes more angry, and she doesnt want a fuss because its a small place. But I think you should know.""",
    spans=[
        ("STALK_CONTACT", "he sends her messages most nights"),
        ("RACIAL_HOSTILITY", "'stupid Saes cow'"),
        ("RACIAL_HOSTILITY", "'typical English, come over here and take everything then leave'"),
        ("FIXATION", "He keeps telling her she'll come crawling back"),
        ("STALK_TURN_UP", "He has turned up at the outdoor centre where she works twice"),
        ("STALK_WATCH", "just stood on the jetty watching her"),
        ("STALK_PUBLISH", "he put a post on the Pentre Aber community page about her"),
    ],
)

case(
    18, "harassment", "C",
    voice="call_log", case="mixed", noise="heavy", batch="ua",
    pattern="skip_hire_man_leaves_three_disablist_voicemails_in_minutes", relationship="acquaintance", occasions=3,
    text="""\
1st contct 0932 - IP Mr Peter ASTLEY (wheelchr user, MS) rptng 3 voicemails left on his landline yday btwn 2140 and 2151 from Gary [surname unk] who runs the skip hire yard on Mill Rd. IP reported G's lorrys parking on the dropped kerb to the parish cllr last wk. VM1 'you f**king cripple, mind your own business'. VM2 'spastic grass, we know it was you'. VM3 'stay in your chair and keep your nose out'. No thrts. IP upset, says he felt humiliated, has saved VMs on answerphone. flag hate incident (disab). OIC to attend + download VMs.""",
    spans=[
        ("STALK_CONTACT", "3 voicemails left on his landline yday"),
        ("REPETITION", "btwn 2140 and 2151"),
        ("STALK_CONTACT", "'you f**king cripple, mind your own business'"),
        ("STALK_CONTACT", "'spastic grass, we know it was you'"),
        ("STALK_CONTACT", "'stay in your chair and keep your nose out'"),
        ("DISTRESS", "IP upset, says he felt humiliated"),
    ],
)

case(
    19, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="vps", case="mixed", noise="clean", batch="ua",
    pattern="local_man_watches_and_follows_english_mother_anti_english_notes_route_changed", relationship="neighbour", occasions=12,
    text="""\
Victim Personal Statement

I moved to Llangynfelin Fach with my two children in the summer of 2022 after my divorce. We rent the end cottage on the terrace by the bridge. I am English, from Stockport originally, and I was told by a few people that I might find it hard to fit in, but most people have been kind to me and the school has been wonderful with the children, who now speak better Welsh than I do.

The man who lives at the farm up the road, who I will not name here because the officer has his details, started paying me attention last spring. At first it was just being around. He would be leaning on the gate opposite when I walked the children to school, and again when I collected them. Then he started following us down the lane in his truck, very slowly, a few yards behind. I asked him to leave us alone and he laughed. Notes started arriving in the post box at the end of the lane: "Go home Saesnes", "your kind ruin everything here", "English whore, nobody wants you". One of them said he "watches me every night" and I believe it, because I have seen the torch from the field behind the house.

He has never threatened to hurt me, and I want to be honest about that. But I no longer walk to school; I drive the long way round by the main road even though it is a ten minute walk. I have spent money I do not have on two cameras and a light. I have stopped going to the shop and to the coffee morning at the chapel, which was the only time I spoke to other adults all week. My daughter asks why we have to keep the curtains closed in the daytime.

I wanted this to be a fresh start. Instead I feel watched in my own home.""",
    spans=[
        ("STALK_LOITER", "He would be leaning on the gate opposite when I walked the children to school"),
        ("REPETITION", "and again when I collected them"),
        ("STALK_FOLLOW", "he started following us down the lane in his truck, very slowly"),
        ("UNWANTED", "I asked him to leave us alone and he laughed"),
        ("STALK_CONTACT", "Notes started arriving in the post box at the end of the lane"),
        ("RACIAL_HOSTILITY", '"Go home Saesnes"'),
        ("RACIAL_HOSTILITY", '"English whore, nobody wants you"'),
        ("FIXATION", 'he "watches me every night"'),
        ("STALK_WATCH", "I have seen the torch from the field behind the house"),
        ("SERIOUS_IMPACT", "I no longer walk to school; I drive the long way round by the main road"),
        ("SERIOUS_IMPACT", "I have spent money I do not have on two cameras and a light"),
        ("SERIOUS_IMPACT", "I have stopped going to the shop and to the coffee morning at the chapel"),
        ("DISTRESS", "I feel watched in my own home"),
    ],
)

case(
    20, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="ua",
    pattern="egg_customer_fixated_on_seller_leaves_notes_and_gifts_in_honesty_box", relationship="customer", occasions=9,
    text="""\
08/05 - PCSO 6620 BRAY. IP Marites DELA CRUZ (38), Filipino national, care worker, sells eggs from an honesty box at the end of her drive at Brook Cottage, Stoke Farthing. Reports a man (now ID'd as Neil FAIRLEY, 52, of the new estate) has been buying eggs every day since Easter and leaving notes in the cash tin - 'to my beautiful egg lady', 'I dream about you'. Has left flowers and a box of Thorntons twice. On 01/05 he knocked and asked her out, she said no and that she's married, he said 'I'll wait'. IP says she feels uneasy and isn't sleeping well, but keeps the box going as it pays for the feed.
12/05 - PCSO 6620. Neighbour reports Fairley's car parked in the lay-by opposite Brook Cottage 7-9pm on 09/05 and 10/05.
(nothing further logged, PCSO on leave)
29/05 - PC 88 STONE. Crime recorded.""",
    spans=[
        ("STALK_TURN_UP", "has been buying eggs every day since Easter"),
        ("STALK_CONTACT", "leaving notes in the cash tin"),
        ("FIXATION", "'to my beautiful egg lady', 'I dream about you'"),
        ("STALK_GIFTS", "Has left flowers and a box of Thorntons twice"),
        ("UNWANTED", "she said no and that she's married"),
        ("FIXATION", "he said 'I'll wait'"),
        ("DISTRESS", "IP says she feels uneasy and isn't sleeping well"),
        ("STALK_WATCH", "Fairley's car parked in the lay-by opposite Brook Cottage 7-9pm on 09/05 and 10/05"),
    ],
)

case(
    21, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="clean", batch="ua",
    pattern="landowner_sends_sons_to_threaten_smallholder_over_grazing_field", relationship="neighbour", occasions=3,
    text="""\
Update 1 (PC Ruth Ainsley, 02 Sept). Victim is Mr Ifor Lewis, 78, who keeps about forty ewes at Penlan smallholding. For years he has grazed the six-acre field next to the road under a handshake arrangement with the suspect, Malcolm Fry, who now wants the field back to sell for building. Mr Lewis says he has been given no proper notice. On 24 August two men he knows as Fry's sons came into his yard and said "Dad says get your sheep off that field or we'll do you". Mr Lewis told them it was between him and their father.

Update 2 (PC Ainsley, 19 Sept). Delayed, victim has no mobile and was at the sales. On 10 September the same two men came back after dark and one said "we'll burn your barn with you in it, old man". On 14 September Fry himself rang and said "my boys will sort you out if you don't shift". Mr Lewis is frightened to be on his own at night and believes they will hurt him; he has had his nephew stay over twice. Statement taken.

Update 3 (PC Ainsley, 25 Sept). The sons have been identified; Fry and both sons to be interviewed. Advice on grazing rights given to the victim separately.""",
    spans=[
        ("STALK_TURN_UP", "two men he knows as Fry's sons came into his yard"),
        ("THREAT_VIOLENCE", '"Dad says get your sheep off that field or we\'ll do you"'),
        ("STALK_TURN_UP", "the same two men came back after dark"),
        ("THREAT_VIOLENCE", '"we\'ll burn your barn with you in it, old man"'),
        ("THREAT_VIOLENCE", '"my boys will sort you out if you don\'t shift"'),
        ("FEAR_OF_VIOLENCE", "Mr Lewis is frightened to be on his own at night and believes they will hurt him"),
    ],
)

case(
    22, "aggravated_harassment", "CR",
    voice="judgment", case="mixed", noise="clean", batch="ua",
    pattern="sentencing_anonymous_anti_muslim_letters_to_market_town_pharmacist", relationship="customer", occasions=6,
    text="""\
SENTENCING REMARKS

Mr Caldwell, you are 67 years old and until these matters you were a man of good character. You pleaded guilty at the first opportunity to an offence of racially or religiously aggravated harassment, contrary to section 32 of the Crime and Disorder Act 1998, and you are entitled to full credit for that plea.

Between March and August last year you wrote and delivered six letters to Mr Tariq Hameed, the pharmacist who runs the chemist's shop on the High Street in Borrowby. You had been a customer there for some years. The trigger, on your own account, was a delay to one of your prescriptions. The letters were anonymous, but you were identified from a fingerprint and from the shop's camera. In them you called Mr Hameed a "Muslim parasite", you wrote that "your sort follow a religion of savages and should not be handing out medicine to Christians", and on two occasions you drew a crude picture mocking the Prophet. There were no threats of violence in any of the letters, and the prosecution does not say there were.

I have read Mr Hameed's statement. He says he was deeply hurt and upset, and that he found it hard to look at his regular customers, not knowing which of them was writing. To his great credit he has continued to serve the town, including, I note, you.

The religious hostility in these letters is the aggravating feature, and it is a serious one in a small community. Taking all matters into account, the sentence is one of twelve weeks' imprisonment, suspended for twelve months, with a rehabilitation activity requirement, and a restraining order without limit of time.""",
    spans=[
        ("REPETITION", "Between March and August last year"),
        ("STALK_CONTACT", "you wrote and delivered six letters to Mr Tariq Hameed"),
        ("RELIGIOUS_HOSTILITY", 'you called Mr Hameed a "Muslim parasite"'),
        ("RELIGIOUS_HOSTILITY", '"your sort follow a religion of savages and should not be handing out medicine to Christians"'),
        ("RELIGIOUS_HOSTILITY", "on two occasions you drew a crude picture mocking the Prophet"),
        ("DISTRESS", "he was deeply hurt and upset"),
    ],
)

case(
    23, "no_offence", "",
    voice="call_log", case="inconsistent", noise="typos", batch="ua",
    pattern="tenant_farmer_reports_estate_arrears_letters_and_inspections_as_harassment", relationship="landlord", occasions=7,
    text="""\
CALLER Mr Dai JENKINS states he is being HARASSED by the estate office of the Plas Gwyn Estate, who are his landlord for the farm tenancy at Ffridd Goch. says they have sent 5 letters since jan about rent arrears of £4,200, and the land agent Mr COX has come to the yard twice (14/3 and 2/4) with a colleague to inspect the buildings under the tenancy and to discuss a payment plan. NO threats, no abuse, no visits outside working hours. caller accepts he owes the rent, Advised civil matter, lawful contact re debt + tenancy. NFA.""",
    spans=[],
)

case(
    24, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="clean", batch="ua",
    pattern="resident_on_rural_post_round_fixates_on_postwoman_who_changes_round", relationship="acquaintance", occasions=8,
    text="""\
Sgt 2140 review. This was initially closed by the call handler as "neighbour nuisance". I have reopened it. The victim is a postwoman, Kerry Latham, whose round covers the scattered farms and cottages above Wenmoor. The suspect, Stuart Haig, lives in one of the cottages on the round.

From October he has been waiting at his gate every morning for the post van, even on days he had no mail, trying to keep her talking. He has written her letters and put them in her van when it was parked at the farm turning, saying he knows they are "meant to be together". She told him plainly in November that she was not interested. Since then he has been seen twice in his car behind the van on the moor road, and he turned up at the delivery office in town asking what time she finished. He has made no threats.

Because of this she has asked to be moved off the round she has done for eleven years, and now does a town round for less overtime. That is a substantial change to her working life and I am satisfied this is stalking with serious alarm or distress. Crime to be recorded accordingly, OIC PC Nwosu.""",
    spans=[
        ("STALK_LOITER", "he has been waiting at his gate every morning for the post van"),
        ("STALK_CONTACT", "He has written her letters and put them in her van"),
        ("FIXATION", 'saying he knows they are "meant to be together"'),
        ("UNWANTED", "She told him plainly in November that she was not interested"),
        ("STALK_FOLLOW", "he has been seen twice in his car behind the van on the moor road"),
        ("STALK_TURN_UP", "he turned up at the delivery office in town asking what time she finished"),
        ("SERIOUS_IMPACT", "she has asked to be moved off the round she has done for eleven years"),
    ],
)

case(
    25, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="abbrev", batch="ua",
    pattern="neighbour_threatens_romanian_picker_supervisor_over_caravans", relationship="neighbour", occasions=3,
    text="""\
30/06 1400 - PC 517 GRANT. IP Mihai POPESCU (45), Romanian, supervises the picking crews at Ashgrove Fruit, lives on site in one of the static caravans. Neighbour SUSP Colin WEBB (Ashgrove Lodge) objects to the caravans in view of his garden. On 22/06 Webb came to the caravan field fence and shouted 'you gypsy Romanian scum, get your lot off this land or I'll take a bat to you'.
(no update - officer on abstraction to the show)
16/07 - PC 517. IP now reports 2 further incidents: 05/07 Webb drove his quad at IP in the lane, swerved away at the last second, shouted 'next time I won't miss, you Romanian pig'. 13/07 note on IP's caravan door 'ROMANIANS OUT OR BLOOD'. IP says he is afraid Webb will really hurt him and he no longer walks the lane at night.""",
    spans=[
        ("RACIAL_HOSTILITY", "'you gypsy Romanian scum"),
        ("THREAT_VIOLENCE", "get your lot off this land or I'll take a bat to you'"),
        ("THREAT_VIOLENCE", "'next time I won't miss"),
        ("RACIAL_HOSTILITY", "you Romanian pig'"),
        ("RACIAL_HOSTILITY", "'ROMANIANS OUT"),
        ("THREAT_VIOLENCE", "OR BLOOD'"),
        ("FEAR_OF_VIOLENCE", "IP says he is afraid Webb will really hurt him"),
        ("SERIOUS_IMPACT", "he no longer walks the lane at night"),
    ],
)

case(
    26, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean", batch="ua",
    pattern="neighbour_watches_photographs_and_posts_racist_comments_about_nigerian_nurse", relationship="neighbour", occasions=10,
    text="""\
The victim is Grace Adeyemi, 36, a community nurse born in Nigeria, who bought a bungalow in Little Wyckham two years ago. Her neighbour across the green, Terence Blake, 64, lives alone.

Since January Blake has kept a log of her movements, which he has told other villagers about, and has photographed her car arriving and leaving on at least a dozen occasions. He has posted several of these photos on the village Facebook group with comments such as "the African's off out again at 2am, who is she visiting" and "didn't know we'd become a jungle". He has stood at the end of her drive in the evenings looking at her windows. When she went over to ask him to stop he said she was "the most interesting thing that has happened round here" and carried on.

Ms Adeyemi is clear that she is not frightened of him and she is not going to let him push her out of a house she loves. There are no threats. She wants him dealt with. The group administrator has removed the posts and preserved copies for police.""",
    spans=[
        ("STALK_MONITOR", "Blake has kept a log of her movements"),
        ("STALK_WATCH", "has photographed her car arriving and leaving on at least a dozen occasions"),
        ("STALK_PUBLISH", "He has posted several of these photos on the village Facebook group"),
        ("RACIAL_HOSTILITY", '"the African\'s off out again at 2am, who is she visiting"'),
        ("RACIAL_HOSTILITY", '"didn\'t know we\'d become a jungle"'),
        ("STALK_LOITER", "He has stood at the end of her drive in the evenings looking at her windows"),
        ("UNWANTED", "she went over to ask him to stop"),
        ("FIXATION", 'she was "the most interesting thing that has happened round here"'),
    ],
)

case(
    27, "harassment", "C",
    voice="call_log", case="lower", noise="typos", batch="ua",
    pattern="neighbour_homophobic_notes_and_shouting_at_gay_couple_running_holiday_let", relationship="neighbour", occasions=5,
    text="""\
rp is mr owen hale, he and his husband run a holiday let (the old granary) next to their house at Sutton Bassock. neighbour brian cotter doesnt like the guests cars on the lane. since may cotter has left 3 notes on their car calling them 'dirty queers' and 'bumboys' and saying 'your sort ruin the village'. on 2 occasions he shouted 'f***ing poofs' over the wall when they were hanging out washing. no threats. rp says it has really upset them both and they cant relax in their own garden, but carrying on as normal. hate flag - sexual orientation. pc to attend tomoro.""",
    spans=[
        ("REPETITION", "since may"),
        ("STALK_CONTACT", "cotter has left 3 notes on their car calling them 'dirty queers' and 'bumboys'"),
        ("STALK_CONTACT", "on 2 occasions he shouted 'f***ing poofs' over the wall"),
        ("DISTRESS", "it has really upset them both and they cant relax in their own garden"),
    ],
)

case(
    28, "stalking", "CS",
    voice="notebook", case="mixed", noise="abbrev", batch="ua",
    pattern="village_man_fixated_on_young_woman_threatens_her_brother_only", relationship="neighbour", occasions=6,
    text="""\
PNB PC 2067 MORRIS 11/10 1530 - Ty'n Llan, Capel Ifan.
IP Hannah REES (23). SUSP Gareth WYN (41) lives 3 doors down. Since the eisteddfod in Aug he has: sent IP 30+ FB messages saying he can't stop thinking about her; left a necklace + a poem in the letterbox; sat on the bench outside the chapel facing her house most evenings; turned up at the vet surgery where she works on 2 Sats. IP has told him twice she's not interested.
On 06/10 IP's brother Josh went round and told SUSP to leave her alone. SUSP then messaged IP 'tell your brother I'll break his jaw if he comes to my door again'. IP says she isn't worried about herself, he's never said anything like that about her and she thinks he's 'soft', her worry is Josh losing his temper. IP upset, finds it creepy, but no change to her routine.""",
    spans=[
        ("REPETITION", "Since the eisteddfod in Aug"),
        ("STALK_CONTACT", "sent IP 30+ FB messages"),
        ("FIXATION", "saying he can't stop thinking about her"),
        ("STALK_GIFTS", "left a necklace + a poem in the letterbox"),
        ("STALK_WATCH", "sat on the bench outside the chapel facing her house most evenings"),
        ("STALK_TURN_UP", "turned up at the vet surgery where she works on 2 Sats"),
        ("UNWANTED", "IP has told him twice she's not interested"),
        ("DISTRESS", "IP upset, finds it creepy"),
    ],
)

case(
    29, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="mixed", noise="abbrev", batch="ua",
    pattern="man_follows_restaurant_owners_daughter_racist_threats_twice", relationship="stranger", occasions=4,
    text="""\
2247 Caller Rumana (19) from Spice Garden, Market Sq, Thornbury Magna - same male followed her home from the restaurant again tonight, 3rd time this month. Calls her 'curry b*tch' and 'Paki slag'. Tonight said 'I'll cut you next time'. Last Fri said he'd 'do her' down the ginnel. Caller crying, very scared he'll attack her, now locked in. Unit dispatched, ETA 25 mins (single crew from Highcross).""",
    spans=[
        ("STALK_FOLLOW", "same male followed her home from the restaurant again tonight"),
        ("REPETITION", "3rd time this month"),
        ("RACIAL_HOSTILITY", "Calls her 'curry b*tch' and 'Paki slag'"),
        ("THREAT_VIOLENCE", "Tonight said 'I'll cut you next time'"),
        ("THREAT_VIOLENCE", "Last Fri said he'd 'do her' down the ginnel"),
        ("FEAR_OF_VIOLENCE", "very scared he'll attack her"),
    ],
)

case(
    30, "harassment_fear_of_violence", "CF",
    voice="notebook", case="upper", noise="abbrev", batch="ua",
    pattern="lampers_threaten_gamekeeper_who_reported_them_twice", relationship="stranger", occasions=2,
    text="""\
PNB 0210 03/12 - WITH IP (GAMEKEEPER, MR S. ORMOND) AT HIS PICKUP, TOP OF HANGING WOOD. 2 MALES IN A TRUCK WITH LAMPS + DOGS AGAIN. SAME 2 HE REPORTED IN NOV. TONIGHT: 'WE KNOW WHERE YOUR COTTAGE IS, YOU'LL BURN IN IT'. 18/11 THEY SAID THEY'D 'PUT A BOLT IN HIS HEAD'. IP V. FRIGHTENED FOR HIS SAFETY OUT HERE ALONE AT NIGHT. VRM OBTAINED.""",
    spans=[
        ("THREAT_VIOLENCE", "'WE KNOW WHERE YOUR COTTAGE IS, YOU'LL BURN IN IT'"),
        ("THREAT_VIOLENCE", "18/11 THEY SAID THEY'D 'PUT A BOLT IN HIS HEAD'"),
        ("FEAR_OF_VIOLENCE", "IP V. FRIGHTENED FOR HIS SAFETY OUT HERE ALONE AT NIGHT"),
    ],
)

case(
    31, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="ua",
    pattern="driver_repeatedly_shouts_anti_traveller_abuse_at_roadside_site_one_threat", relationship="stranger", occasions=5,
    text="""\
Crime summary: IP Mrs Bridget WARD, Irish Traveller, lives with her family on the council transit site off the B-road at Coldharbour. Over 3 wks (from 14/08) a male in a white Transit has driven slowly past the site entrance 5 times, usually around school pick-up, and shouted abuse at IP and her daughters - 'pikeys', 'dirty tinkers', 'go back to Ireland you thieving knackers'. On 28/08 he stopped and said 'I'll set fire to your caravans one of these nights' - only threat made. IP says she's heard it all her life and it doesn't frighten her, she's more worried about the kids hearing it. No fixation on IP personally - abuse aimed at the site generally and whoever is at the gate. VRM partial from site CCTV, enquiries ongoing with DVLA.""",
    spans=[
        ("REPETITION", "Over 3 wks (from 14/08)"),
        ("REPETITION", "5 times"),
        ("STALK_CONTACT", "shouted abuse at IP and her daughters"),
        ("RACIAL_HOSTILITY", "'pikeys', 'dirty tinkers', 'go back to Ireland you thieving knackers'"),
        ("THREAT_VIOLENCE", "'I'll set fire to your caravans one of these nights'"),
    ],
)

case(
    32, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="mixed", noise="redacted", batch="ua",
    pattern="imprisoned_ex_partner_uses_cousin_to_drive_past_and_pass_threats", relationship="ex_partner", occasions=5,
    text="""\
DASH risk assessment - IP [NAME 1], 29, farmhouse at [ADDRESS], nr Llanwddyn Isaf. SUSP [NAME 2], ex-partner, currently serving 18 months at HMP [REDACTED] for assault on IP.
Since Aug: SUSP's cousin [NAME 3] has driven up the farm track 4 times and sat at the yard gate in his car. On 2 visits he passed on messages: 'he says he's counting the days till he sees you' and 'he says when he's out you'll wish you'd never been born'. Letters from the prison also arrived addressed to IP's mother's house, saying he 'will never let her go'.
IP: 'I know what he's capable of, he'll do it.' IP very frightened he will kill her on release.
Q4 Are you very frightened - YES. Q17 Has he threatened to kill you or someone else - YES.
Risk: HIGH. MARAC. [NAME 3] to be spoken to re acting on SUSP's behalf.""",
    spans=[
        ("STALK_TURN_UP", "SUSP's cousin [NAME 3] has driven up the farm track 4 times"),
        ("STALK_LOITER", "sat at the yard gate in his car"),
        ("FIXATION", "'he says he's counting the days till he sees you'"),
        ("THREAT_VIOLENCE", "'he says when he's out you'll wish you'd never been born'"),
        ("STALK_CONTACT", "Letters from the prison also arrived addressed to IP's mother's house"),
        ("FIXATION", "saying he 'will never let her go'"),
        ("FEAR_OF_VIOLENCE", "IP very frightened he will kill her on release"),
    ],
)

case(
    33, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="ua",
    pattern="two_domestic_arguments_six_months_apart_with_reconciliation", relationship="partner", occasions=2,
    text="""\
Result: No crime (harassment). Two separate DA incidents recorded; safeguarding complete.

Rationale: IP and her partner run a dairy at Middle Beck together. On 3 March there was an argument in the kitchen about money after the milk price dropped, during which he said "I'll knock your head off if you touch the accounts again". IP went to her sister's for three weeks, then came home. Both describe the summer as good. On 9 September there was a second argument at the harvest supper about his drinking, in which he shouted at her and smashed a glass on the table. No threat on that occasion. The two incidents are six months apart with a genuine reconciliation in between and are not connected as a course of conduct. DASH standard. IP wants no further action.""",
    spans=[
        ("THREAT_VIOLENCE", '"I\'ll knock your head off if you touch the accounts again"'),
    ],
)

case(
    34, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="typos", batch="ua",
    pattern="ex_partner_anti_gypsy_messages_and_watching_trailer_victim_unafraid", relationship="ex_partner", occasions=9,
    text="""\
My name is Roseanne Lee and I am a Romany Gypsy. I live in my trailer on my uncle's private site at Foxley Bottom. I was with Darren Oakes for nearly three years, he is not a Traveller. I finished it in April because of his drinking.

Since then he will not leave it. He messages me nearly every day, one minute its 'I love you, your mine and always will be' and the next its 'you dirty gyppo, you belong in a ditch with the rest of your tribe' and 'should of known better than to take up with a pikey'. He came to the horse fair at Stowbridge in June and followed me round all afternoon even when my cousins told him to go. Three or four times my uncle has seen his car parked up on the verge by the site gate at night with the lights off, just sat there.

I am not frightened of Darren, I have dealt with worse than him and I have my family round me. I have not changed anything I do. But I want him told to stop and I want it wrote down that he talks about my people like that.""",
    spans=[
        ("STALK_CONTACT", "He messages me nearly every day"),
        ("FIXATION", "'I love you, your mine and always will be'"),
        ("RACIAL_HOSTILITY", "'you dirty gyppo, you belong in a ditch with the rest of your tribe'"),
        ("RACIAL_HOSTILITY", "'should of known better than to take up with a pikey'"),
        ("STALK_FOLLOW", "followed me round all afternoon even when my cousins told him to go"),
        ("REPETITION", "Three or four times"),
        ("STALK_WATCH", "his car parked up on the verge by the site gate at night with the lights off, just sat there"),
    ],
)

case(
    35, "harassment", "CD",
    voice="crime_summary", case="mixed", noise="clean", batch="ua",
    pattern="dropped_pie_supplier_bombards_farm_shop_owner_who_changes_number_and_hours", relationship="business", occasions=30,
    text="""\
Victim Sarah Whitfield runs the farm shop at Top Barn, Elmstead Green. Until August she stocked pies from a local baker, the suspect Philip Dunn. She stopped ordering from him after two customer complaints. Since then Dunn has rung the shop and her mobile about thirty times, often late at night, calling her a "stuck-up cow" who has "ruined his business", and twice on Sunday mornings he came into the shop and ranted at her in front of customers about the pies until her husband asked him to leave.

There is no suggestion of any interest in the victim beyond the business falling-out, and no threats have been made. However, the victim has changed her mobile number, put the shop phone on answerphone, and has stopped opening on Sundays, which was when Dunn came in.""",
    spans=[
        ("STALK_CONTACT", "Dunn has rung the shop and her mobile about thirty times, often late at night"),
        ("STALK_TURN_UP", "twice on Sunday mornings he came into the shop and ranted at her in front of customers"),
        ("SERIOUS_IMPACT", "the victim has changed her mobile number"),
        ("SERIOUS_IMPACT", "has stopped opening on Sundays"),
    ],
)

case(
    36, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="abbrev", batch="ua",
    pattern="neighbour_antisemitic_threats_to_holiday_let_owner_over_parking", relationship="neighbour", occasions=3,
    text="""\
1102 IP Ms Ruth GOLDBERG, owns 2 holiday lets (Swallow Barn + the Dairy) at Coombe Lacey. Neighbour SUSP Martin SHEPPARD angry re guests' cars in the lane. 10/07 SUSP shouted at IP over the wall 'you Jews are all the same, money money money, I'll put you in the ground'. 17/07 same again at the bins, 'Hitler had the right idea, I'll finish the job'. 20/07 swastika scratched in her car bonnet (no witness, IP believes SUSP). IP lives alone on site, says she is terrified he will attack her, sleeping with phone + keys by the bed. OIC to attend today, CCTV at the Dairy to be checked.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "'you Jews are all the same, money money money"),
        ("THREAT_VIOLENCE", "I'll put you in the ground'"),
        ("REPETITION", "17/07 same again at the bins"),
        ("RELIGIOUS_HOSTILITY", "'Hitler had the right idea"),
        ("THREAT_VIOLENCE", "I'll finish the job'"),
        ("FEAR_OF_VIOLENCE", "says she is terrified he will attack her"),
    ],
)

case(
    37, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="ua",
    pattern="ex_partner_watches_and_threatens_twice_victim_says_not_frightened", relationship="ex_partner", occasions=6,
    text="""\
21/02 - PC 1319 KHAN. IP Leanne CROFT (31), lives Keeper's Cottage, Halsey End. Ex-partner SUSP Dean MASON (34), split Dec. Since split: at least 4 times parked at the end of her lane watching the house; messages daily begging her to come back; took her dog from the garden on 10/02 and brought it back next day saying 'now you'll have to talk to me'. Said on 14/02 'you'll get what's coming to you' and again on 19/02 by text 'you'll regret this, I promise'. IP v clear: she is NOT frightened of him, 'he's all mouth, he's never laid a finger on me', just wants him to get over it. Nothing changed in her routine.
04/03 - PC 1319. SUSP interviewed, admits msgs. CPS advice.""",
    spans=[
        ("STALK_WATCH", "at least 4 times parked at the end of her lane watching the house"),
        ("STALK_CONTACT", "messages daily begging her to come back"),
        ("STALK_PROPERTY", "took her dog from the garden on 10/02"),
        ("FIXATION", "'now you'll have to talk to me'"),
        ("THREAT_VIOLENCE", "'you'll get what's coming to you'"),
        ("THREAT_VIOLENCE", "again on 19/02 by text 'you'll regret this, I promise'"),
    ],
)

case(
    38, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="supervisor_review", case="mixed", noise="clean", batch="ua",
    pattern="patient_fixated_on_locum_gp_racist_notes_she_leaves_practice", relationship="customer", occasions=9,
    text="""\
Supervisor's review, DS Hallam. The officer had this as "malicious communications". It is more than that.

The victim, Dr Priya Nair, was a locum GP at Dale End surgery for six months and lodged in a room above the pub at Nether Stainby. The suspect, Alan Metcalfe, a patient, began booking appointments only with her, sometimes three a week, and then turning up at the surgery without appointments asking for her. He followed her car from the surgery to the village on at least four evenings and was seen by the landlord sitting in the pub car park watching her window. She told him through the practice manager that contact must stop. He then left notes on her windscreen mixing declarations ("I can't live without my doctor") with remarks like "you curry-stinking Indians are lucky we let you treat us".

No threats are recorded. However, Dr Nair ended her contract two months early and has left the area, which is plainly a substantial adverse effect on her day-to-day life. With the racial hostility in the notes this is aggravated stalking causing serious alarm or distress. Re-record and allocate to CID.""",
    spans=[
        ("STALK_CONTACT", "began booking appointments only with her, sometimes three a week"),
        ("STALK_TURN_UP", "turning up at the surgery without appointments asking for her"),
        ("STALK_FOLLOW", "He followed her car from the surgery to the village on at least four evenings"),
        ("STALK_WATCH", "sitting in the pub car park watching her window"),
        ("UNWANTED", "She told him through the practice manager that contact must stop"),
        ("STALK_CONTACT", "left notes on her windscreen"),
        ("FIXATION", '"I can\'t live without my doctor"'),
        ("RACIAL_HOSTILITY", '"you curry-stinking Indians are lucky we let you treat us"'),
        ("SERIOUS_IMPACT", "Dr Nair ended her contract two months early and has left the area"),
    ],
)

case(
    39, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="typos", batch="ua",
    pattern="holiday_visitor_abuses_welsh_speaking_shop_assistant_over_a_week", relationship="customer", occasions=4,
    text="""\
Reporting for my shop assistant Elin who is 17. I run the Siop y Bont general store in Llanbedr-y-Cwm. We have a man staying in one of the lets on the caravan park this week, English, 50s, with a grey Volvo. Every time he has come in (Sat, Mon, Tues and today) he's gone for Elin because she says 'bore da' and 'diolch' to the customers and speaks Welsh to me. He's said 'speak English you Welsh peasant', 'you Taffs are all inbred' and today 'no wonder this country's a dump, full of sheep-shaggers like you'. He hasn't threatened her, and Elin says she's not scared of him, she thinks he's pathetic, but she went in the back and cried today after he'd gone. I've told him he's barred. Hes booked in till Saturday.""",
    spans=[
        ("REPETITION", "Every time he has come in (Sat, Mon, Tues and today)"),
        ("STALK_CONTACT", "he's gone for Elin"),
        ("RACIAL_HOSTILITY", "'speak English you Welsh peasant'"),
        ("RACIAL_HOSTILITY", "'you Taffs are all inbred'"),
        ("RACIAL_HOSTILITY", "'no wonder this country's a dump, full of sheep-shaggers like you'"),
        ("DISTRESS", "she went in the back and cried today"),
    ],
)

case(
    40, "harassment_fear_of_violence", "CF",
    voice="mo_field", case="upper", noise="abbrev", batch="ua",
    pattern="evicted_caravan_pitch_holder_threatens_site_manager_twice", relationship="customer", occasions=2,
    text="""\
MO: SUSP, SEASONAL PITCH HOLDER AT SANDY BAY CARAVAN PARK, SERVED NOTICE FOR UNPAID FEES. THREATENS SITE MANAGER (IP) TO 'GLASS' HIM AT RECEPTION 04/09 AND AGAIN 11/09 AT HIS HOME ON SITE. IP IN FEAR.""",
    spans=[
        ("THREAT_VIOLENCE", "THREATENS SITE MANAGER (IP) TO 'GLASS' HIM AT RECEPTION 04/09"),
        ("REPETITION", "AGAIN 11/09 AT HIS HOME ON SITE"),
        ("FEAR_OF_VIOLENCE", "IP IN FEAR"),
    ],
)

case(
    41, "stalking_fear_alarm_distress", "CSFD",
    voice="updates", case="mixed", noise="abbrev", batch="ua",
    pattern="ex_partner_sits_in_lay_by_watching_teacher_threats_she_changes_school", relationship="ex_partner", occasions=11,
    text="""\
Entry 1 - 09/01 - PC 772 EVANS, Penllyn rural team.
IP Ffion MORGAN (27), primary teacher at Ysgol Cwm Tegid, lives alone at Bwthyn Newydd, 2 miles up a single-track lane off the main road. Ex SUSP Iwan HUGHES (30), farmer's son, relationship 3 yrs, she ended it at half term (Oct). Reports since Nov he has parked in the lay-by at the bottom of her lane most evenings, can see her lights from there. Messages 10-15 a day, 'cariad please', 'I'll never stop', 'you're mine Ffion'. She has blocked 3 numbers, he gets new ones. Told him in person at the Co-op in Llanwen Nov she wants nothing to do with him. No threats yet. Advised diary, safety plan, TM marker on address.

Entry 2 - 30/01 - PC 772. (long gap - snow closed the lane, IP unreachable by phone for a week.) IP reports SUSP waited outside school at home time 3 times last wk, sat in his Land Rover at the gate in front of the parents. Head has spoken to governors.

Entry 3 - 18/02 - PC 772. Escalation. 14/02 SUSP left a dead crow on her doorstep with a card 'this is you if you're with anyone else'. 16/02 voicemail: 'I'll kill you before I see you with someone, I swear on Mam's life'. IP terrified, says she knows he has access to guns on the farm. She has now moved in with her parents at Pont-y-Garreg and has applied for a job at a school in the south of the county to get away. SUSP arrested 17/02, firearms seized from farm, remanded. Crime updated - stalking s.4A, risk HIGH, MARAC.""",
    spans=[
        ("STALK_LOITER", "he has parked in the lay-by at the bottom of her lane most evenings"),
        ("STALK_WATCH", "can see her lights from there"),
        ("STALK_CONTACT", "Messages 10-15 a day"),
        ("FIXATION", "'cariad please', 'I'll never stop', 'you're mine Ffion'"),
        ("UNWANTED", "Told him in person at the Co-op in Llanwen Nov she wants nothing to do with him"),
        ("STALK_TURN_UP", "SUSP waited outside school at home time 3 times last wk"),
        ("ESCALATION", "Escalation."),
        ("STALK_GIFTS", "left a dead crow on her doorstep"),
        ("THREAT_VIOLENCE", "'this is you if you're with anyone else'"),
        ("THREAT_VIOLENCE", "'I'll kill you before I see you with someone, I swear on Mam's life'"),
        ("FEAR_OF_VIOLENCE", "IP terrified, says she knows he has access to guns on the farm"),
        ("SERIOUS_IMPACT", "She has now moved in with her parents at Pont-y-Garreg"),
        ("SERIOUS_IMPACT", "has applied for a job at a school in the south of the county to get away"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="notebook", case="mixed", noise="abbrev", batch="ua",
    pattern="market_customer_follows_muslim_cake_seller_notes_about_her_hijab", relationship="stranger", occasions=6,
    text="""\
PNB PCSO 4051 GILL 1215 Sat - farmers' market, Cattle Mkt car park, Abbotsley.
IP Yasmin (30s) runs the cake stall, wears hijab. Says an older man (grey beard, green wax jacket) has come to her stall the last 5 Saturdays, buys nothing, stands at the side watching her for up to an hour. Twice followed her to her van at pack-up. Left 2 notes in her cash box: 'take that rag off your head, you'd be beautiful without that Muslim rubbish' and 'I know where you park every week, I'll always find you'. She has told him to leave her alone. Not scared, 'he's an old man', but wants him stopped. Male not present today. Market manager to ring me if seen. Desc circulated.""",
    spans=[
        ("STALK_TURN_UP", "has come to her stall the last 5 Saturdays"),
        ("STALK_WATCH", "stands at the side watching her for up to an hour"),
        ("STALK_FOLLOW", "Twice followed her to her van at pack-up"),
        ("STALK_CONTACT", "Left 2 notes in her cash box"),
        ("RELIGIOUS_HOSTILITY", "'take that rag off your head, you'd be beautiful without that Muslim rubbish'"),
        ("FIXATION", "'I know where you park every week, I'll always find you'"),
        ("UNWANTED", "She has told him to leave her alone"),
    ],
)

case(
    43, "aggravated_harassment_fear_of_violence", "CFRD",
    voice="statement", case="mixed", noise="clean", batch="ua",
    pattern="local_man_who_wanted_farmhouse_threatens_to_burn_out_english_buyers", relationship="neighbour", occasions=3,
    text="""\
We are an English family and in March we bought Hendre Wen, an old farmhouse with twelve acres above Cwmderwen. I understand that our neighbour, Emlyn Roberts, had hoped to buy the land himself to join onto his own and was outbid.

On 2 May he came to our gate while I was fencing and said, "You bloody Saeson think you can buy anything. People like you got burnt out round here before and it'll happen again." On 18 May he said to me in the village shop, in front of others, "English scum. I'll burn you out of that house with your kids in it." On 30 May I found a petrol can left on our doorstep.

I am frightened that he means it. I have children aged six and nine. We have moved the children's bedrooms to the ground floor at the back, fitted smoke alarms in every room and a fire ladder, and I no longer leave my wife and the children alone in the house at night; I have turned down work that would keep me away overnight.""",
    spans=[
        ("RACIAL_HOSTILITY", '"You bloody Saeson think you can buy anything.'),
        ("THREAT_VIOLENCE", 'People like you got burnt out round here before and it\'ll happen again."'),
        ("RACIAL_HOSTILITY", '"English scum.'),
        ("THREAT_VIOLENCE", 'I\'ll burn you out of that house with your kids in it."'),
        ("THREAT_VIOLENCE", "I found a petrol can left on our doorstep"),
        ("FEAR_OF_VIOLENCE", "I am frightened that he means it"),
        ("SERIOUS_IMPACT", "We have moved the children's bedrooms to the ground floor at the back"),
        ("SERIOUS_IMPACT", "I have turned down work that would keep me away overnight"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="victim_diary", case="lower", noise="typos", batch="ua",
    pattern="ex_partner_anti_hindu_abuse_and_threats_to_village_postmistress", relationship="ex_partner", occasions=6,
    text="""\
diary kept for pc hargreaves - me (anjali) re mark.
sun 2 feb - mark outside the post office when i opened up, sat in his car across the road for an hour. i finished with him in december and told him to stay away.
tues 4 feb - text at 2am 'your still mine whatever your cow worshipping family say'.
thurs 6 feb - he came in the shop when it was busy and stood in the queue just staring at me. when he got to the counter he said 'ill always be watching you'.
sat 8 feb - 6 texts. one said 'hindu bitch, go pray to your elephant god, youll need it'. another said 'if i cant have you no one will, ill make sure of it'.
mon 10 feb - he followed me to the cash and carry in his car the whole way on the back road.
wed 12 feb - voicemail 'your going to get hurt anjali, i promise you'.
i am so scared he is going to hurt me. i shake when the shop door goes.""",
    spans=[
        ("STALK_LOITER", "mark outside the post office when i opened up, sat in his car across the road for an hour"),
        ("UNWANTED", "i finished with him in december and told him to stay away"),
        ("STALK_CONTACT", "text at 2am"),
        ("FIXATION", "'your still mine"),
        ("RELIGIOUS_HOSTILITY", "whatever your cow worshipping family say'"),
        ("STALK_TURN_UP", "he came in the shop when it was busy"),
        ("STALK_WATCH", "stood in the queue just staring at me"),
        ("FIXATION", "'ill always be watching you'"),
        ("STALK_CONTACT", "6 texts"),
        ("RELIGIOUS_HOSTILITY", "'hindu bitch, go pray to your elephant god, youll need it'"),
        ("THREAT_VIOLENCE", "'if i cant have you no one will, ill make sure of it'"),
        ("STALK_FOLLOW", "he followed me to the cash and carry in his car the whole way on the back road"),
        ("THREAT_VIOLENCE", "voicemail 'your going to get hurt anjali, i promise you'"),
        ("FEAR_OF_VIOLENCE", "i am so scared he is going to hurt me"),
        ("DISTRESS", "i shake when the shop door goes"),
    ],
)
