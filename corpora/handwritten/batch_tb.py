# ruff: noqa: E501
"""Hand-written narratives, writer tb: the night-time economy and people who work unsocial hours."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="tb",
    pattern="regular_waits_for_barmaid_at_closing_and_walks_behind_her", relationship="customer", occasions=4,
    text="""\
CALLER IS DUTY MANAGER AT THE KINGS ARMS, HOLLIN ST. REPORTING ON BEHALF OF STAFF MEMBER (IP) 22YRS. REGULAR CUSTOMER KNOWN AS 'DES' HAS BEEN WAITING OUTSIDE AT CLOSING TIME 4 NIGHTS IN LAST 2 WKS. STANDS BY THE CASHPOINT OPP UNTIL IP LEAVES THEN WALKS BEHIND HER TO THE NIGHT BUS. IP HAS TOLD HIM SHE HAS A PARTNER AND IS NOT INTERESTED, HE SAID 'YOU'LL COME ROUND'. NO THREATS. BARRED AS OF TONIGHT BY CALLER. IP NOT INJ, CALLER WANTS ADVICE AND IT LOGGED. ADV 101 / RV TMRW PM WHEN IP IS UP.""",
    spans=[
        ("STALK_LOITER", "HAS BEEN WAITING OUTSIDE AT CLOSING TIME"),
        ("REPETITION", "4 NIGHTS IN LAST 2 WKS"),
        ("STALK_WATCH", "STANDS BY THE CASHPOINT OPP UNTIL IP LEAVES"),
        ("STALK_FOLLOW", "WALKS BEHIND HER TO THE NIGHT BUS"),
        ("UNWANTED", "IP HAS TOLD HIM SHE HAS A PARTNER AND IS NOT INTERESTED"),
        ("FIXATION", "HE SAID 'YOU'LL COME ROUND'"),
    ],
)

case(
    2, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="tb",
    pattern="drunk_fare_racially_abuses_and_threatens_private_hire_driver_on_three_nights", relationship="customer", occasions=3,
    text="""\
I have been a private hire driver with Metro Cars for six years and I mostly work Thursday to Sunday nights, 8pm till 4am. I am making this statement about a man I now know as Gary PRYCE.

On Friday 14th March at about 0130 I picked him up from Velvet on Cross Lane. He was drunk. When he got in he looked at me in the mirror and said "not another p***, does nobody English drive cabs any more". I did not answer him. When we got to his address he threw a tenner on the seat and said he would "cut me up" next time he saw me.

On Saturday 22nd March he flagged me down outside the kebab shop on Cross Lane. I did not stop for him. He ran after the car, kicked the back door and shouted that he would "burn you in your cab, you brown b*****d". There is a dent in the door.

Last Friday, 28th March, he was at the rank at Victoria Square and came up to my window. He said "you again, I'm going to do you one of these nights" and spat on the glass.

I am scared he is going to attack me. I do not know where he lives and I have never had any problem with him apart from this.""",
    spans=[
        ("RACIAL_HOSTILITY", "not another p***, does nobody English drive cabs any more"),
        ("THREAT_VIOLENCE", 'he would "cut me up" next time he saw me'),
        ("THREAT_VIOLENCE", 'he would "burn you in your cab'),
        ("RACIAL_HOSTILITY", "you brown b*****d"),
        ("THREAT_VIOLENCE", "I'm going to do you one of these nights"),
        ("FEAR_OF_VIOLENCE", "I am scared he is going to attack me"),
    ],
)

case(
    3, "no_offence", "R",
    voice="notebook", case="lower", noise="typos", batch="tb",
    pattern="single_racist_shout_at_delivery_rider_by_passing_stranger", relationship="stranger", occasions=1,
    text="""\
0215 hrs, market st o/s the chicken shop. delivery rider (ip, somali heritage) states male in grey trackies walked past as he was getting on his moped and shouted "go back to africa you monkey" then carried on towards the taxi rank. never seen him before, no furthr contact. ip not injured, wants it recorded. area serch neg. cctv requested from shop.""",
    spans=[
        ("RACIAL_HOSTILITY", "go back to africa you monkey"),
    ],
)

case(
    4, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="tb",
    pattern="refund_dispute_customer_rings_takeaway_repeatedly_one_threat_not_believed", relationship="customer", occasions=15,
    text="""\
Crime summary: IP is manager of Golden Wok takeaway, Fenwick Rd. SUSP ordered a delivery on 02/05 and claims it never arrived (rider's GPS and photo show it left at the door). Since then SUSP has rung the shop phone approx 15 times over 5 days, abusive each time, calling staff "thieving scum" and demanding his £38 back. On 04/05 SUSP said on the phone he would "come down and put the counter through your face". IP states she took that as temper and doesn't think he'll actually come. Calls continued 05/05 and 06/05 with swearing, no further threats. Staff upset and have started letting it ring out during the Fri rush. SUSP IDd via order acc. WoA considered insufficient given no. of calls; PIN to be served by OIC.""",
    spans=[
        ("STALK_CONTACT", "SUSP has rung the shop phone"),
        ("REPETITION", "approx 15 times over 5 days"),
        ("STALK_CONTACT", 'calling staff "thieving scum"'),
        ("THREAT_VIOLENCE", 'he would "come down and put the counter through your face"'),
        ("REPETITION", "Calls continued 05/05 and 06/05"),
        ("DISTRESS", "Staff upset"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="tb",
    pattern="customer_fixates_on_female_delivery_rider_she_drops_evening_shifts", relationship="customer", occasions=5,
    text="""\
diary - keeping it cos pc obi said write it all down

mon 3rd - order to 14 ashcombe court again, same guy. 3rd time this week. he asked my name again and if i had a boyfriend. i said i have to go.
weds 5th - he tipped £20 on the app with a message "for my favourite rider x".
fri 7th - no order from him but he was stood at the bottom of the flats when i dropped at no.9. he waved and said he knew i'd be on tonight. how does he know my shifts??
sat 8th - note tucked in my bike box when i came out of the mcdonalds on dale st. "we should go for a drink, i'll wait for you" and his number. he must of followed me there
sun 9th - told him through app support that im not interested. he messaged back "dont be like that, i know you feel it too"

i have taken myself off the ashcombe zone and only do lunch shifts now, lost about a third of my money. havent told mum.""",
    spans=[
        ("REPETITION", "3rd time this week"),
        ("STALK_CONTACT", "he asked my name again and if i had a boyfriend"),
        ("STALK_GIFTS", "he tipped £20 on the app"),
        ("STALK_LOITER", "he was stood at the bottom of the flats when i dropped at no.9"),
        ("STALK_MONITOR", "he knew i'd be on tonight"),
        ("STALK_PROPERTY", "note tucked in my bike box"),
        ("STALK_FOLLOW", "he must of followed me there"),
        ("UNWANTED", "told him through app support that im not interested"),
        ("FIXATION", "dont be like that, i know you feel it too"),
        ("SERIOUS_IMPACT", "taken myself off the ashcombe zone and only do lunch shifts now"),
    ],
)

case(
    6, "aggravated_stalking", "CSR",
    voice="updates", case="inconsistent", noise="abbrev", batch="tb",
    pattern="barred_customer_watches_door_supervisor_and_posts_religious_abuse_about_him", relationship="customer", occasions=7,
    text="""\
UPDATE 1 12/10 2310 - PC 4471 spoke to IP (Hamid, door sup at Roxy's). SUSP Liam CARTER barred from roxy's 3 wks ago after a fight. since then SUSP has sat in his car across the road on Fri and Sat nights watching the door, approx 5 times.
UPDATE 2 13/10 - IP showed me FB posts by SUSP on the 'Townend Nightlife' group naming IP, with a photo of him on the door, captioned "this muzzie terrorist decides who drinks in our town". another post lists the days IP works.
update 3 14/10 - SUSP messaged IP on Insta "see you friday Osama". IP states he isnt scared of him, he's 6'4 and deals with worse every weekend, but wants it stopped as it's affecting the venue. no threats made.
Update 4 - OIC to arrange VA interview. RELIGIOUSLY AGG STALKING considered, posts screenshotted + saved to DEMS.""",
    spans=[
        ("STALK_WATCH", "sat in his car across the road on Fri and Sat nights watching the door"),
        ("REPETITION", "approx 5 times"),
        ("STALK_PUBLISH", "FB posts by SUSP on the 'Townend Nightlife' group naming IP"),
        ("RELIGIOUS_HOSTILITY", "this muzzie terrorist decides who drinks in our town"),
        ("STALK_PUBLISH", "another post lists the days IP works"),
        ("STALK_CONTACT", "SUSP messaged IP on Insta"),
        ("RELIGIOUS_HOSTILITY", "see you friday Osama"),
    ],
)

case(
    7, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="heavy", batch="tb",
    pattern="fare_dodger_threatens_taxi_driver_by_phone_after_payment_request", relationship="customer", occasions=2,
    text="""\
RP IS TAXI DRVR 4 ACE PH. RPTS MALE PASS WHO DID A RUNNER ON 3/2 (£27 FARE) HAS BEEN RINGIN RP MOB SINCE RP TXTD HIM ASKIN 4 PAYMNT. 1ST CALL 4/2 SUSP SAID "ASK AGAIN AND ILL STAB U". 2ND CALL 6/2 SAID HE WILL "BATTER U NXT TIME I SEE YR CAB". RP V SCARED, THINKS SUSP WILL ATTACK HIM ON THE RANK. SUSP NO. SAVED - 07XXX XXX112. NO INJ. RP @ HOME NOW. GR3 APPT MADE.""",
    spans=[
        ("STALK_CONTACT", "HAS BEEN RINGIN RP MOB"),
        ("REPETITION", "1ST CALL 4/2"),
        ("THREAT_VIOLENCE", '"ASK AGAIN AND ILL STAB U"'),
        ("REPETITION", "2ND CALL 6/2"),
        ("THREAT_VIOLENCE", 'HE WILL "BATTER U NXT TIME I SEE YR CAB"'),
        ("FEAR_OF_VIOLENCE", "RP V SCARED, THINKS SUSP WILL ATTACK HIM ON THE RANK"),
    ],
)

case(
    8, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="tb",
    pattern="rejected_night_shift_colleague_follows_romanian_picker_racist_notes_she_moves_to_days", relationship="colleague", occasions=8,
    text="""\
Victim personal statement. I work nights as a picker at the Eastgate distribution centre. I came to this country from Romania in 2019. I want the court to understand what the last two months have been like for me.

After I said no to going out with Darren in August, he started waiting by my locker at the end of every shift. Then he began to walk behind me to the tram stop, four or five nights, never saying anything, just there. Twice I found notes pushed into my locker, one said "gypsy girls should be grateful" and another called me a "Romanian tramp who thinks she's too good". He also sent me friend requests from three different accounts after I blocked him.

I have not been threatened and I do not think he would hit me, but I cannot live with him watching me all the time. I asked to move to days, which means less money because I lose the night premium, and my husband now drives me to work and back. I no longer use the tram at all.""",
    spans=[
        ("UNWANTED", "After I said no to going out with Darren in August"),
        ("STALK_LOITER", "waiting by my locker at the end of every shift"),
        ("STALK_FOLLOW", "walk behind me to the tram stop"),
        ("REPETITION", "four or five nights"),
        ("STALK_CONTACT", "Twice I found notes pushed into my locker"),
        ("RACIAL_HOSTILITY", "gypsy girls should be grateful"),
        ("RACIAL_HOSTILITY", "Romanian tramp who thinks she's too good"),
        ("FIXATION", "sent me friend requests from three different accounts after I blocked him"),
        ("SERIOUS_IMPACT", "I asked to move to days"),
        ("SERIOUS_IMPACT", "my husband now drives me to work and back"),
        ("SERIOUS_IMPACT", "I no longer use the tram at all"),
    ],
)

case(
    9, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="typos", batch="tb",
    pattern="refused_credit_customer_racially_abuses_takeaway_owner_one_threat", relationship="customer", occasions=4,
    text="""\
Summary. IP runs the Lucky House chinese takeaway on Brookvale parade with her husband. SUSP (local male, 40s, known to staff as a customer) came in on 3 occasions in Jan after he had been refused tick. Each time he made "ching chong" noises at the counter and told IP to "go back and eat bats". On 21/01 he leant over the counter and said "i'll smash your face in you chinky cow". IP was frightend by this. On 27/01 he came back and pulled his eyes at her through the window, laughing with a freind. He has not said anything like the 21st since. IP's son has put the CCTV on a stick for police. No injurys. Racially agg harassment s.32 CDA.""",
    spans=[
        ("REPETITION", "on 3 occasions in Jan"),
        ("RACIAL_HOSTILITY", 'made "ching chong" noises at the counter'),
        ("RACIAL_HOSTILITY", 'told IP to "go back and eat bats"'),
        ("THREAT_VIOLENCE", "i'll smash your face in"),
        ("RACIAL_HOSTILITY", "you chinky cow"),
        ("FEAR_OF_VIOLENCE", "IP was frightend by this"),
        ("RACIAL_HOSTILITY", "pulled his eyes at her through the window"),
    ],
)

case(
    10, "harassment", "C",
    voice="third_party", case="lower", noise="clean", batch="tb",
    pattern="passenger_who_lost_phone_in_cab_calls_driver_dozens_of_times_calling_him_thief", relationship="customer", occasions=40,
    text="""\
reporting on behalf of one of our drivers, mr khalid aziz, who drives for starline. i'm the night controller. last saturday a woman he dropped on the beacon estate left her phone in the back, we have it in the office safe and she's been told that. since sunday she has phoned khalid's mobile (she got the number off the receipt) something like 40 times, day and night, calling him a thief and a liar and saying she'll ruin him. he's not worried for his safety, he says she's just angry, but he works nights and can't sleep in the day because the phone keeps going and he's asked me to get it stopped. we've offered twice to drop the phone back and she won't pick up to arrange it.""",
    spans=[
        ("STALK_CONTACT", "she has phoned khalid's mobile"),
        ("REPETITION", "something like 40 times, day and night"),
        ("STALK_CONTACT", "calling him a thief and a liar"),
        ("DISTRESS", "can't sleep in the day because the phone keeps going"),
    ],
)

case(
    11, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="mixed", noise="abbrev", batch="tb",
    pattern="ex_partner_pays_into_club_stares_at_barmaid_threatens_to_kill_twice", relationship="ex_partner", occasions=4,
    text="""\
DASH completed with IP at 0340 at the nick. IP works behind the bar at Neon, Park Row. SUSP is ex-partner (sep Nov, 2yr rel, no kids). Since Xmas SUSP has turned up at Neon at least 3 times, paid in and stood at the end of the bar staring at IP all night. Last Sat 18/01 he followed her to the staff car park at close and said "if I can't have you nobody will, I'll end you". Tonight 25/01 he was outside the staff exit at 0300 and said "told you, you're dead". IP says she is terrified he will kill her. Door team walked her to a taxi. DASH = HIGH (separation, threats to kill, stalking). MARAC ref sent. SUSP not yet located, PNC circ.""",
    spans=[
        ("STALK_TURN_UP", "SUSP has turned up at Neon"),
        ("REPETITION", "at least 3 times"),
        ("STALK_WATCH", "stood at the end of the bar staring at IP all night"),
        ("STALK_FOLLOW", "followed her to the staff car park at close"),
        ("THREAT_VIOLENCE", "if I can't have you nobody will, I'll end you"),
        ("STALK_LOITER", "he was outside the staff exit at 0300"),
        ("THREAT_VIOLENCE", "told you, you're dead"),
        ("FEAR_OF_VIOLENCE", "IP says she is terrified he will kill her"),
    ],
)

case(
    12, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="clean", batch="tb",
    pattern="two_bar_staff_trade_insulting_messages_over_tip_jar_mutual", relationship="colleague", occasions=6,
    text="""\
Supervisor review, 0600, end of nights. Reviewed this report (recorded as harassment) between two bar staff at the Feathers, Ms R and Mr T. Both have been sending each other insulting messages since Saturday over a dispute about the tip jar and the rota. I have read the screenshots from both phones: she called him a lazy leech, he called her a grass and worse, both replied to every message within minutes and both have gone to the manager about the other. Neither reports being afraid and there is nothing to suggest either one is pursuing the other. It is a mutual falling out at work, not a course of conduct by one party against the other. Reclassified as non-crime. Words of advice given to both, passed to the venue manager to sort out. No further police action. Sgt 2210.""",
    spans=[],
)

case(
    13, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="lower", noise="heavy", batch="tb",
    pattern="drunk_regular_religious_abuse_and_threats_to_takeaway_cook_two_nights", relationship="customer", occasions=2,
    text="""\
pnb 0055 19/06. attd spice garden t/away, holme ln re ongoing. ip (miah, cook/counter) states male known as 'tats' (regular, lives holme ln flats) came in again 2nite drunk, called him a "dirty muslim p**i", said "ramadans over, time you lot got blown up" & "ill stab u in your own kitchen". same male on 12/06 told ip hed "set fire to u and your mosque mates" wen ip refused 2 serve him. ip shakin, sez he thinks tats will come bk and hurt him, scared to do the counter on his own. owner has cctv of both. susp descr: wm 30s sleeve tats both arms, grey hoodie, walked twds flats.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", 'called him a "dirty muslim p**i"'),
        ("RELIGIOUS_HOSTILITY", "ramadans over, time you lot got blown up"),
        ("THREAT_VIOLENCE", "ill stab u in your own kitchen"),
        ("REPETITION", "same male on 12/06"),
        ("THREAT_VIOLENCE", 'hed "set fire to u and your mosque mates"'),
        ("FEAR_OF_VIOLENCE", "he thinks tats will come bk and hurt him"),
    ],
)

case(
    14, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev", batch="tb",
    pattern="regular_fixated_on_bartender_gifts_and_daily_messages_upset_no_change", relationship="customer", occasions=8,
    text="""\
MO: SUSP (REGULAR) HAS BECOME FIXATED WITH IP (BARTENDER). LEFT FLOWERS & CARDS AT THE BAR X4, MESSAGED IP VIA VENUE INSTAGRAM DAILY FOR 3 WKS DESPITE BEING TOLD TO STOP, FOUND IP'S PERSONAL FB AND COMMENTED ON HER FAMILY PHOTOS. IP UPSET AND ANXIOUS BUT WORKING AS NORMAL. NO THREATS.""",
    spans=[
        ("FIXATION", "HAS BECOME FIXATED WITH IP"),
        ("STALK_GIFTS", "LEFT FLOWERS & CARDS AT THE BAR X4"),
        ("STALK_CONTACT", "MESSAGED IP VIA VENUE INSTAGRAM"),
        ("REPETITION", "DAILY FOR 3 WKS"),
        ("UNWANTED", "DESPITE BEING TOLD TO STOP"),
        ("STALK_MONITOR", "FOUND IP'S PERSONAL FB AND COMMENTED ON HER FAMILY PHOTOS"),
        ("DISTRESS", "IP UPSET AND ANXIOUS"),
    ],
)

case(
    15, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="typos", batch="tb",
    pattern="passenger_fixates_on_female_private_hire_driver_follows_racist_threats_she_quits_nights", relationship="customer", occasions=8,
    text="""\
I am a self employed private hire driver, I drive a silver Prius for Citylink and I do mostly nights because of the kids. I first drove the man I know as Kev in about September, from the Royal Oak to Westgate. After that he started asking for me by name at the office, he would ring and say he only wanted "the pretty Asian lady". I didnt think much of it at first.

In October he booked me maybe 8 or 9 times. He always sat in the front, asked where I lived, if I was married, tried to hold my hand once on the ring road. I told him straight I am married and it was making me uncomfortable and I asked the office to give his jobs to someone else.

After that it changed. He was at the rank at the station twice when I was waiting, just standing by the barrier looking at me. On 2nd November a white van followed me from the rank all the way to my last drop in Lowfield, I saw it was him driving when he pulled up next to me at the lights, he was laughing.

On 9 November he came up to my window at the rank and said "you think your to good for me you p**i slag, ill break your neck". On 16 November he rang the office pretending to be a customer and when I answerd the call back he said "Im going to drag you out of that car and f***ing kill you".

I am frightend he is going to hurt me. I have stopped working nights and I only do school contracts now which is half the money. My husband has put a tracker on my car.""",
    spans=[
        ("FIXATION", "he started asking for me by name at the office"),
        ("REPETITION", "maybe 8 or 9 times"),
        ("UNWANTED", "I told him straight I am married and it was making me uncomfortable"),
        ("STALK_WATCH", "just standing by the barrier looking at me"),
        ("STALK_FOLLOW", "a white van followed me from the rank all the way to my last drop in Lowfield"),
        ("RACIAL_HOSTILITY", "you p**i slag"),
        ("THREAT_VIOLENCE", "ill break your neck"),
        ("THREAT_VIOLENCE", "Im going to drag you out of that car and f***ing kill you"),
        ("FEAR_OF_VIOLENCE", "I am frightend he is going to hurt me"),
        ("SERIOUS_IMPACT", "I have stopped working nights"),
        ("SERIOUS_IMPACT", "My husband has put a tracker on my car"),
    ],
)

case(
    16, "harassment_fear_of_violence", "CF",
    voice="judgment", case="mixed", noise="clean", batch="tb",
    pattern="barred_man_leaves_three_threatening_voicemails_for_pub_manager_within_minutes", relationship="customer", occasions=3,
    text="""\
The defendant was barred from the Crown and Anchor by the complainant, its manager, on the evening of 4 August. Between 23:41 and 23:52 that night he left three voicemail messages on her mobile, a number he had from the staff rota group. In the first he said he would "wait for you after lock-up and break your jaw"; in the second, that she was "getting it, no matter how long it takes"; in the third, that he would be "waiting in the dark one night for you". The defence submitted that this was a single outburst and could not be a course of conduct. I do not accept that. Following Kelly, each message was a separate decision to make contact, and three calls spread over eleven minutes are three occasions. The complainant told the jury she was sick with fear listening to them and believed he would attack her. I am satisfied that the conduct caused her to fear, on each of those occasions, that violence would be used against her.""",
    spans=[
        ("REPETITION", "Between 23:41 and 23:52"),
        ("STALK_CONTACT", "he left three voicemail messages on her mobile"),
        ("THREAT_VIOLENCE", 'he would "wait for you after lock-up and break your jaw"'),
        ("THREAT_VIOLENCE", 'she was "getting it, no matter how long it takes"'),
        ("THREAT_VIOLENCE", 'he would be "waiting in the dark one night for you"'),
        ("FEAR_OF_VIOLENCE", "she was sick with fear listening to them and believed he would attack her"),
    ],
)

case(
    17, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="typos", batch="tb",
    pattern="rejected_customer_sits_at_bar_every_shift_posts_racist_comments_about_barman", relationship="customer", occasions=8,
    text="""\
Im the assistant manager at Jazz Cellar and Im ringing about our barman Kwame who doesnt want to make a fuss himself. A customer, Shona, has been coming in every night he works for about a month, she sits at the bar his whole shift and wont let other staff serve her. She asked him out, he said no politely, he has a girlfriend. Since then shes been waiting outside at 2am when we lock up and she's written stuff about him on a local Facebook group, things like "african men are all players, this one thinks hes a prince, should of stayed in his mud hut". She also sent him a parcel at work with a shirt in it. Hes embarrassed and upset and its getting him down but hes still coming in, he says hes not scared of her. We have her on cctv every night.""",
    spans=[
        ("STALK_TURN_UP", "has been coming in every night he works"),
        ("REPETITION", "for about a month"),
        ("FIXATION", "wont let other staff serve her"),
        ("UNWANTED", "She asked him out, he said no politely"),
        ("STALK_LOITER", "waiting outside at 2am when we lock up"),
        ("STALK_PUBLISH", "written stuff about him on a local Facebook group"),
        ("RACIAL_HOSTILITY", "african men are all players, this one thinks hes a prince, should of stayed in his mud hut"),
        ("STALK_GIFTS", "sent him a parcel at work with a shirt in it"),
        ("DISTRESS", "Hes embarrassed and upset and its getting him down"),
    ],
)

case(
    18, "aggravated_harassment", "CR",
    voice="crime_summary", case="lower", noise="abbrev", batch="tb",
    pattern="barred_man_shouts_anti_eastern_european_abuse_at_doorman_weekly_doorman_unafraid", relationship="customer", occasions=4,
    text="""\
crime summary - vic is a door supervisor (sia badge seen) at oasis bar, lithuanian national. susp barred in march for dealing in the toilets. since then susp has come past the door on 4 sat nights (5/4, 12/4, 19/4, 26/4) shouting "eastern euro scum" and "go pick cabbages" and twice said he'd "bring a blade for u". vic states he is not worried at all, he's done doors 12 yrs and says susp is "all mouth". venue wants action as customers are put off. bwv captured 26/4. racially agg harassment s.2/s.32. no fear of violence - vic explicit on this.""",
    spans=[
        ("REPETITION", "on 4 sat nights (5/4, 12/4, 19/4, 26/4)"),
        ("RACIAL_HOSTILITY", 'shouting "eastern euro scum"'),
        ("RACIAL_HOSTILITY", '"go pick cabbages"'),
        ("REPETITION", "twice"),
        ("THREAT_VIOLENCE", 'said he\'d "bring a blade for u"'),
    ],
)

case(
    19, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="redacted", batch="tb",
    pattern="ex_partner_sends_friends_to_club_to_watch_and_follow_her_she_quits_and_moves", relationship="ex_partner", occasions=5,
    text="""\
Update 03/03 0420 PC [NUMBER] - Spoke to IP [NAME 1] at home. IP works as a shot girl at [VENUE]. Relationship with SUSP [NAME 2] ended Jan. Any order in place? - checked, nothing.
IP states that since the split SUSP has not come near her himself but his friends have. On 3 separate weekends in Feb two males she knows as SUSP's mates came into the club, asked staff where she was, took photos of her on their phones and one said "[NAME 2] says hi, he knows you're shagging about". Last Sat one of them followed her to the taxi rank and said "he wants you home". IP got a text from SUSP the next morning: "nice dress last night x".
Update 05/03 PC [NUMBER] - IP has handed in her notice and moved back to her mum's in [TOWN]. States she is scared stiff of what he'll do next. No threats to hurt her have been made. SUSP to be arrested, mates to be IDd from venue CCTV.""",
    spans=[
        ("REPETITION", "On 3 separate weekends in Feb"),
        ("STALK_TURN_UP", "two males she knows as SUSP's mates came into the club, asked staff where she was"),
        ("STALK_MONITOR", "took photos of her on their phones"),
        ("STALK_CONTACT", "[NAME 2] says hi, he knows you're shagging about"),
        ("STALK_FOLLOW", "one of them followed her to the taxi rank"),
        ("STALK_MONITOR", "nice dress last night x"),
        ("SERIOUS_IMPACT", "IP has handed in her notice"),
        ("SERIOUS_IMPACT", "moved back to her mum's in [TOWN]"),
        ("DISTRESS", "she is scared stiff of what he'll do next"),
    ],
)

case(
    20, "harassment", "C",
    voice="call_log", case="mixed", noise="typos", batch="tb",
    pattern="barred_regular_messages_licensee_daily_threatens_her_absent_husband_only", relationship="customer", occasions=20,
    text="""\
Caller Mrs Jan HOLT, licensee of the Wheatsheaf, Carr Lane. States ex regular Mick DYSON (barred 3 wks ago for fighting) has been messaging her on facebook messenger daily since, about 20 msgs, moaning about being barred and calling her a "jumped up b*tch". In two of the msgs he has said he will "put your fella in hospital" and "glass Steve when he least expects it". Steve is callers husband, hes away working on the rigs till xmas. Caller says shes not bothered for herself, Mick wouldnt touch a woman, but is worried for Steve when he gets back. Caller has screenshots. Advised re blocking, OIC to ring back tmrw after 2pm as caller works late.""",
    spans=[
        ("STALK_CONTACT", "has been messaging her on facebook messenger"),
        ("REPETITION", "daily since, about 20 msgs"),
        ("STALK_CONTACT", 'calling her a "jumped up b*tch"'),
    ],
)

case(
    21, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="result_note", case="mixed", noise="abbrev", batch="tb",
    pattern="youth_ambushes_eritrean_delivery_rider_on_estate_three_times_racist_threats", relationship="stranger", occasions=3,
    text="""\
RESULT: CHARGED. JONES (17) charged racially agg harassment (s.4 PHA / s.32 CDA), remanded to YDA for court Mon. Brief facts: IP is an Eritrean delivery rider. On 11/9, 18/9 and 24/9 JONES and others stopped IP on his moped on the Farrow estate. 11/9 JONES called him a "black c**t" and said "next time you come here we'll stab you". 18/9 threw a bottle at him, shouted "f**k off back to africa" and "we'll cut you up". 24/9 JONES tried to pull him off the bike saying "told you, you're getting shanked". IP in ABE said he was scared for his life every time and now refuses all orders to Farrow. Evidence: CCTV from Spar + IP's helmet cam. CPS auth 0310.""",
    spans=[
        ("REPETITION", "On 11/9, 18/9 and 24/9"),
        ("RACIAL_HOSTILITY", 'called him a "black c**t"'),
        ("THREAT_VIOLENCE", "next time you come here we'll stab you"),
        ("ESCALATION", "threw a bottle at him"),
        ("RACIAL_HOSTILITY", "f**k off back to africa"),
        ("THREAT_VIOLENCE", "we'll cut you up"),
        ("ESCALATION", "tried to pull him off the bike"),
        ("THREAT_VIOLENCE", "told you, you're getting shanked"),
        ("FEAR_OF_VIOLENCE", "he was scared for his life every time"),
        ("SERIOUS_IMPACT", "now refuses all orders to Farrow"),
    ],
)

case(
    22, "stalking", "CS",
    voice="statement", case="inconsistent", noise="typos", batch="tb",
    pattern="ex_partner_sends_pleading_messages_during_her_bar_shifts_and_brings_teddy", relationship="ex_partner", occasions=7,
    text="""\
I split up with Ryan at the start of June after 4 years. since then he has sent me loads of messages, mostly at night when he knows im on shift at Bar Loco. They are all the same, "please babe just talk to me", "I cant sleep without you", "ill change i promise, just one more chance". Ive counted 63 since june 6th. He has never threatend me and I dont think he would. On saturday he came into the bar with a card and a teddy and asked my manager to give them me, i didnt take them. I just want him to understand its over. It is upsetting me, having to block new numbers all the time.""",
    spans=[
        ("STALK_CONTACT", "he has sent me loads of messages, mostly at night"),
        ("STALK_CONTACT", "please babe just talk to me"),
        ("REPETITION", "Ive counted 63 since june 6th"),
        ("STALK_TURN_UP", "On saturday he came into the bar"),
        ("STALK_GIFTS", "with a card and a teddy"),
        ("DISTRESS", "It is upsetting me"),
    ],
)

case(
    23, "no_offence", "",
    voice="call_log", case="lower", noise="heavy", batch="tb",
    pattern="licensee_reports_enforcement_agents_visits_over_rates_arrears_lawful", relationship="business", occasions=5,
    text="""\
c/r licensee of the rose & crown says shes bein harrased by enforcement agents from marston recovery, 4 visits in 2 wks + letters re arrears of business rates (approx £6k). agents attd during tradin hrs lastnite 2130 n spoke 2 her at the bar infront of customers. no threats, no force, showed id + warrant. c/r v stressed n says its humiliating. adv civil matter, agents actin under warrant, complaints via the co / civea. no offs disclosed. c/r accepted. nfa.""",
    spans=[
        ("DISTRESS", "c/r v stressed n says its humiliating"),
    ],
)

case(
    24, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="tb",
    pattern="man_films_sikh_night_cashier_posts_clips_follows_him_home_threatens_twice", relationship="stranger", occasions=8,
    text="""\
Sgt review 0515. Crime correctly recorded as racially/religiously agg stalking (fear of violence). Summary: IP is Sikh, works nights alone at the Texaco on Ormskirk Rd. SUSP (WALSH) has since mid-May come to the kiosk window most nights without buying anything, filmed IP on his phone and uploaded clips to TikTok titled "bin lid boy on the night shift". On 2 occasions he followed IP's car home after shift (ANPR confirms 21/5 and 28/5). 24/5 SUSP called IP "towel head" at the window and said "I'll rip that rag off with your scalp". 30/5 "I know where you live now, raghead, you and your temple are getting burnt". IP states he is in fear SUSP will attack him at the kiosk or at home. IP's employer has moved him onto days.
Actions: SUSP arrested 31/5, phone seized. Bail conds not to contact IP or attend Texaco. OIC to obtain TikTok data. Good work by nights team.""",
    spans=[
        ("STALK_TURN_UP", "come to the kiosk window most nights without buying anything"),
        ("STALK_MONITOR", "filmed IP on his phone"),
        ("STALK_PUBLISH", "uploaded clips to TikTok"),
        ("RELIGIOUS_HOSTILITY", 'titled "bin lid boy on the night shift"'),
        ("REPETITION", "On 2 occasions"),
        ("STALK_FOLLOW", "he followed IP's car home after shift"),
        ("RELIGIOUS_HOSTILITY", 'called IP "towel head"'),
        ("THREAT_VIOLENCE", "I'll rip that rag off with your scalp"),
        ("STALK_MONITOR", "I know where you live now"),
        ("RELIGIOUS_HOSTILITY", "raghead"),
        ("THREAT_VIOLENCE", "you and your temple are getting burnt"),
        ("FEAR_OF_VIOLENCE", "IP states he is in fear SUSP will attack him at the kiosk or at home"),
        ("SERIOUS_IMPACT", "IP's employer has moved him onto days"),
    ],
)

case(
    25, "harassment_fear_of_violence", "CFD",
    voice="notebook", case="upper", noise="typos", batch="tb",
    pattern="regular_fare_disputes_threatens_polish_driver_twice_driver_drops_friday_nights", relationship="customer", occasions=3,
    text="""\
PNB 22/11 0140. SPOKE TO IP TOMASZ NOWAK (POLISH NATIONAL, PH DRIVER FOR ABC CARS) AT FRONT COUNTER. OFFERED LANGUAGE LINE, DECLINED, HIS ENGLISH IS GOOD. REGULAR PASSENGER 'BIG LEE' WHO HE TAKES FROM THE SNOOKER CLUB MOST FRIDAYS DISPUTES THE FARE EVRY TIME. 8/11 LEE SAID "CHARGE ME 12 QUID AGAIN AND ILL BREAK YOUR ARMS". 15/11 REFUSED TO PAY, GRABBED IP BY THE COLLAR AND SAID "NEXT WEEK YOUR GOING IN THE CANAL". TONIGHT LEE RANG THE OFFICE ASKING FOR "THE POLE" TO PICK HIM UP, IP REFUSED THE JOB. IP SAYS HES FRIGHTENED LEE WILL HURT HIM AND HE WONT DO FRIDAY NIGHTS NOW. NO RACIAL ABUSE - 'THE POLE' IS WHAT ALL THE DRIVERS AT ABC CALL HIM APPARENTLY, IP NOT OFENDED BY IT.""",
    spans=[
        ("THREAT_VIOLENCE", "CHARGE ME 12 QUID AGAIN AND ILL BREAK YOUR ARMS"),
        ("ESCALATION", "GRABBED IP BY THE COLLAR"),
        ("THREAT_VIOLENCE", 'SAID "NEXT WEEK YOUR GOING IN THE CANAL"'),
        ("FEAR_OF_VIOLENCE", "HES FRIGHTENED LEE WILL HURT HIM"),
        ("SERIOUS_IMPACT", "HE WONT DO FRIDAY NIGHTS NOW"),
    ],
)

case(
    26, "aggravated_stalking", "CSR",
    voice="call_log", case="lower", noise="abbrev", batch="tb",
    pattern="customer_obsessed_with_jewish_waitress_tracks_her_online_antisemitic_messages", relationship="customer", occasions=6,
    text="""\
c/r miss leah cohen, waitress at sapphire lounge. male customer 'jordan' has been obsessed with her since she served his table at a birthday do in aug. has found her insta, tiktok and linkedin and messages on all of them, turns up at sapphire on her shifts (she thinks someone there tells him the rota), waited by her car twice. since she told him to leave her alone the msgs have turned nasty: "typical jew, only interested in money", "your lot always think youre chosen". no threats. c/r says shes more angry than scared, isnt changing anything, wants him warned. scrnshots avail.""",
    spans=[
        ("FIXATION", "has been obsessed with her since she served his table"),
        ("STALK_MONITOR", "has found her insta, tiktok and linkedin"),
        ("STALK_CONTACT", "messages on all of them"),
        ("STALK_TURN_UP", "turns up at sapphire on her shifts"),
        ("STALK_LOITER", "waited by her car twice"),
        ("UNWANTED", "since she told him to leave her alone"),
        ("RELIGIOUS_HOSTILITY", "typical jew, only interested in money"),
        ("RELIGIOUS_HOSTILITY", "your lot always think youre chosen"),
    ],
)

case(
    27, "aggravated_harassment", "CR",
    voice="mo_field", case="lower", noise="clean", batch="tb",
    pattern="drunk_customer_abuses_turkish_kebab_staff_every_weekend", relationship="customer", occasions=5,
    text="""\
mo: susp attends kebab shop at chucking-out time, at least 5 weekends running, orders then abuses staff - "turkish rats", "isis kebab", mimics their accent, refuses to leave till the shutter comes down. no threats. staff fed up, not scared.""",
    spans=[
        ("REPETITION", "at least 5 weekends running"),
        ("RACIAL_HOSTILITY", '"turkish rats"'),
        ("RELIGIOUS_HOSTILITY", '"isis kebab"'),
        ("RACIAL_HOSTILITY", "mimics their accent"),
    ],
)

case(
    28, "stalking_fear_alarm_distress", "CSFD",
    voice="statement", case="lower", noise="typos", batch="tb",
    pattern="former_a_and_e_patient_waits_for_night_nurse_after_shifts_threatens_she_moves", relationship="acquaintance", occasions=9,
    text="""\
i am a staff nurse on nights in the emergency department at st aidans. in january a man called craig lumley came in with a head injury and i was the nurse who looked after him. he was polite then. about a week later he was in the ambulance bay when i came off shift at 7.30am and asked if i remembered him, i said yes and kept walking.

after that he was there maybe 3 or 4 mornings a week, always on the same bench by the bus stop, and he would get on the same bus as me. twice he got off at my stop and walked behind me untill i went into the co-op and waited for him to go. in february a card came to the ward addressed to "my angel on nights" with a photo of my house inside it.

on the 12th feb i told him infront of security that i did not want any contact and he said "you dont get to decide that". on the 19th he was at the bus stop and said "if you get me barred ill be waiting at your door and ill cut you". on the 2nd march he rang the ward and said "ive been watching you sleep all day, remember what i said, ill hurt you".

i am terified. i have moved in with my sister, i get a taxi to and from work which security book for me, and my manager has taken me off nights for now.""",
    spans=[
        ("STALK_LOITER", "he was in the ambulance bay when i came off shift"),
        ("REPETITION", "maybe 3 or 4 mornings a week"),
        ("STALK_LOITER", "always on the same bench by the bus stop"),
        ("STALK_FOLLOW", "he would get on the same bus as me"),
        ("STALK_FOLLOW", "walked behind me untill i went into the co-op"),
        ("STALK_CONTACT", 'a card came to the ward addressed to "my angel on nights"'),
        ("STALK_MONITOR", "a photo of my house inside it"),
        ("UNWANTED", "i did not want any contact"),
        ("FIXATION", "you dont get to decide that"),
        ("THREAT_VIOLENCE", "ill be waiting at your door and ill cut you"),
        ("STALK_MONITOR", "ive been watching you sleep all day"),
        ("THREAT_VIOLENCE", "ill hurt you"),
        ("FEAR_OF_VIOLENCE", "i am terified"),
        ("SERIOUS_IMPACT", "i have moved in with my sister"),
        ("SERIOUS_IMPACT", "i get a taxi to and from work"),
        ("SERIOUS_IMPACT", "my manager has taken me off nights for now"),
    ],
)

case(
    29, "harassment", "C",
    voice="updates", case="mixed", noise="redacted", batch="tb",
    pattern="neighbour_shouts_homophobic_abuse_and_threats_at_gay_bar_manager_who_is_unafraid", relationship="neighbour", occasions=6,
    text="""\
Update 1 - IP [NAME 1] is manager of [VENUE], a gay bar on [STREET]. SUSP [NAME 2] lives in the flat above the bookies next door. Since the bar got its late licence in April SUSP has shouted abuse from his window at IP on at least 4 nights when IP is putting the bins out - "f***ing queer", "batty boy", "you lot should be put down".
Update 2 - 2 voicemails left on the bar landline 14/6 and 20/6, SUSP's voice, "I'll knock your teeth out you little poof" and "come outside and I'll do you properly". IP states he is not frightened of SUSP at all, "he's a sad old man", but wants it on record for the licence review.
Update 3 - Hate crime flag (sexual orientation) added. NB not racially/religiously aggravated, s.32 CDA does not apply. Consider s.66 SA 2020 at sentence if charged.""",
    spans=[
        ("STALK_CONTACT", "SUSP has shouted abuse from his window at IP"),
        ("REPETITION", "on at least 4 nights"),
        ("STALK_CONTACT", "2 voicemails left on the bar landline"),
        ("REPETITION", "14/6 and 20/6"),
        ("THREAT_VIOLENCE", "I'll knock your teeth out you little poof"),
        ("THREAT_VIOLENCE", "come outside and I'll do you properly"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="clean", batch="tb",
    pattern="sacked_colleague_sends_religious_abuse_and_threats_to_night_shift_stacker", relationship="colleague", occasions=4,
    text="""\
Caller Aisha RAHMAN, 26, night shift stacker at Asda Hillside. Ex colleague Jason (sacked last month after she reported him for touching her) has sent her 4 Snapchat messages since Sunday. Caller read them out: "u got me sacked u terrorist bitch", "take that tea towel off ur head before i set it on fire", "allahu akbar when ur head hits the floor", "ur dead when i see u". Caller is crying on the line and says she is scared he is going to attack her at work, she is due in at 2200 tonight. Advised not to delete messages and to screenshot. Grade 2, unit to attend caller's home address before her shift.""",
    spans=[
        ("STALK_CONTACT", "has sent her 4 Snapchat messages since Sunday"),
        ("RELIGIOUS_HOSTILITY", "u got me sacked u terrorist bitch"),
        ("RELIGIOUS_HOSTILITY", "take that tea towel off ur head"),
        ("THREAT_VIOLENCE", "before i set it on fire"),
        ("THREAT_VIOLENCE", "allahu akbar when ur head hits the floor"),
        ("THREAT_VIOLENCE", "ur dead when i see u"),
        ("DISTRESS", "Caller is crying on the line"),
        ("FEAR_OF_VIOLENCE", "she is scared he is going to attack her at work"),
    ],
)

case(
    31, "stalking", "CS",
    voice="result_note", case="upper", noise="abbrev", batch="tb",
    pattern="ex_partner_breaches_restraining_order_by_turning_up_at_pizza_shop", relationship="ex_partner", occasions=3,
    text="""\
RESULT NOTE 0245: SUSP ARRESTED FOR BREACH OF RO (IMPOSED 14/02 AT MAGS - NOT TO CONTACT IP OR ATTEND PIZZA PLANET, HIGH ST). SUSP IS IP'S EX-PARTNER. TONIGHT 0120 SUSP CAME INTO PIZZA PLANET AND STOOD AT THE COUNTER ASKING TO 'JUST TALK'. SAME AGAIN ON 22/03 AND 29/03 PER STAFF, LEFT BEFORE POL ARRIVED. IP STATES HE HAS NEVER THREATENED HER, SHE JUST WANTS HIM TO STOP. NO CHANGE TO IP ROUTINE. CCTV SEIZED (3 DISCS). CHARGED 0240 X3 BREACH RO, KEPT IN FOR COURT.""",
    spans=[
        ("STALK_TURN_UP", "SUSP CAME INTO PIZZA PLANET AND STOOD AT THE COUNTER"),
        ("STALK_CONTACT", "ASKING TO 'JUST TALK'"),
        ("REPETITION", "SAME AGAIN ON 22/03 AND 29/03"),
    ],
)

case(
    32, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="updates", case="mixed", noise="typos", batch="tb",
    pattern="customer_watches_chinese_student_at_bubble_tea_shop_racist_messages_follows_threatens", relationship="customer", occasions=7,
    text="""\
Update 1 (PC 3390, 17/11): IP Mei LIN, 21, student, works evenings til midnight at Boba Bay, Union St. Male customer (IDd via card payment as Stephen GREER) comes in almost every night she works since Oct, orders nothing or one drink and sits by the window for hours watching her.
Update 2 (18/11): IP showed me msgs he has sent to the shop's insta adressed to her: "my little china doll", "you people are made to serve". She replied once asking him to stop. He replied "you dont say no to me, ching chong".
Update 3 (20/11): IP rang in very distresed. GREER followed her to her halls last night and said at the door "I know which window is yours, ill come in and strangle you". Tonight he waited outside the shop at close and said "remember what i said, your dead". IP says she is terrified he will hurt her.
Update 4: Arrest planned. RA stalking s.4A/s.32. Uni security informed.""",
    spans=[
        ("STALK_TURN_UP", "comes in almost every night she works since Oct"),
        ("STALK_WATCH", "sits by the window for hours watching her"),
        ("STALK_CONTACT", "msgs he has sent to the shop's insta adressed to her"),
        ("RACIAL_HOSTILITY", "my little china doll"),
        ("RACIAL_HOSTILITY", "you people are made to serve"),
        ("UNWANTED", "asking him to stop"),
        ("FIXATION", "you dont say no to me"),
        ("RACIAL_HOSTILITY", "ching chong"),
        ("STALK_FOLLOW", "followed her to her halls last night"),
        ("STALK_MONITOR", "I know which window is yours"),
        ("THREAT_VIOLENCE", "ill come in and strangle you"),
        ("STALK_LOITER", "he waited outside the shop at close"),
        ("THREAT_VIOLENCE", "remember what i said, your dead"),
        ("DISTRESS", "IP rang in very distresed"),
        ("FEAR_OF_VIOLENCE", "IP says she is terrified he will hurt her"),
    ],
)

case(
    33, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="heavy", batch="tb",
    pattern="regular_targets_trans_cloakroom_attendant_three_saturdays_threats_she_is_scared", relationship="customer", occasions=3,
    text="""\
0310 sp to ip (trans woman, 29, cloakroom attndnt at pulse) at venue. states male regular 'dean' has targetted her 3 sats in a row. 1st sat called her "a bloke in a dress" n said hed "smash ur face in if u look at me". 2nd sat same male said "ill drag u into the alley n show u what a real man does" - ip took this as threat of serious assault. 2nite dean spat at the cloakroom hatch n said "ur getting it". ip v scared, shakin, says shes frightened hes goin 2 wait 4 her after work. door team aware. hate crime flag - transgender identity. NOT s32 (not race/relig).""",
    spans=[
        ("REPETITION", "3 sats in a row"),
        ("STALK_CONTACT", 'called her "a bloke in a dress"'),
        ("THREAT_VIOLENCE", 'hed "smash ur face in if u look at me"'),
        ("THREAT_VIOLENCE", "ill drag u into the alley n show u what a real man does"),
        ("THREAT_VIOLENCE", 'said "ur getting it"'),
        ("FEAR_OF_VIOLENCE", "shes frightened hes goin 2 wait 4 her after work"),
    ],
)

case(
    34, "aggravated_stalking", "CSR",
    voice="crime_summary", case="inconsistent", noise="abbrev", batch="tb",
    pattern="neighbour_photographs_ghanaian_night_guard_posts_to_group_and_makes_false_complaints", relationship="neighbour", occasions=14,
    text="""\
CRIME SUMMARY - IP (Ghanaian national, works nights as a security officer at the Quayside retail park) lives at no.12 Birch Close. SUSP is neighbour at no.14. over approx 6 wks SUSP has: made 5 complaints to the council and housing assoc claiming IP runs a drug den because he comes and goes at night (all unfounded, HA confirmed); photographed IP leaving for work on at least 6 occasions and put the photos on the Birch Close residents' WhatsApp with the comment "look at this african thug, lock your doors"; sellotaped a note to IP's car saying "monkeys belong in a zoo not on our close"; and rings the doorbell mid-afternoon while IP is asleep. no threats. IP tired and annoyed, says SUSP is 'sad' and he's going nowhere. RA stalking - two or more different acts aimed at IP.""",
    spans=[
        ("REPETITION", "over approx 6 wks"),
        ("STALK_ORDERS", "made 5 complaints to the council and housing assoc"),
        ("STALK_WATCH", "photographed IP leaving for work"),
        ("REPETITION", "on at least 6 occasions"),
        ("STALK_PUBLISH", "put the photos on the Birch Close residents' WhatsApp"),
        ("RACIAL_HOSTILITY", "look at this african thug, lock your doors"),
        ("STALK_PROPERTY", "sellotaped a note to IP's car"),
        ("RACIAL_HOSTILITY", "monkeys belong in a zoo not on our close"),
        ("STALK_CONTACT", "rings the doorbell mid-afternoon while IP is asleep"),
    ],
)

case(
    35, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="clean", batch="tb",
    pattern="refused_refund_diner_emails_racist_abuse_to_restaurant_owner_daily", relationship="customer", occasions=39,
    text="""\
Email to the Safer Neighbourhood Team from Priya Shah, 3 July.

Hi, I help my dad run the Taj Mahal restaurant on Mill Road. On 18 June a man complained about his curry after he had eaten all of it and Dad refused to refund him. Since then he has emailed the restaurant every day, sometimes three or four times, always addressed to Dad. Most of them say things like "you curry munchers should stick to corner shops" and "I'll make sure every white person in this town knows what you are". He has not threatened to hurt anyone. Dad is upset and has stopped reading the inbox so I check it before service. I've saved them all (39 so far). Please can someone tell him to stop.""",
    spans=[
        ("STALK_CONTACT", "he has emailed the restaurant"),
        ("REPETITION", "every day, sometimes three or four times"),
        ("RACIAL_HOSTILITY", "you curry munchers should stick to corner shops"),
        ("RACIAL_HOSTILITY", "I'll make sure every white person in this town knows what you are"),
        ("DISTRESS", "Dad is upset"),
        ("REPETITION", "39 so far"),
    ],
)

case(
    36, "no_offence", "",
    voice="dash_note", case="lower", noise="abbrev", batch="tb",
    pattern="ex_partner_one_voice_note_months_after_earlier_incident_and_reconciliation", relationship="ex_partner", occasions=2,
    text="""\
dash 0115 - ip (bar supervisor at the vaults) reports ex-p sent a voice note at midnight calling her a "slag" and saying she'd "regret leaving". no further msgs. asked ip about history: back in feb he turned up at the vaults drunk after a row and had to be walked out by door staff. they got back together 2 wks later and lived together till aug, she says things were fine, no probs, split over money. this is the only contact since the split. dash standard. ip doesnt want any action, just wants it logged. not a course of conduct - feb and oct incidents 8 months apart with a reconciliation in between. nfa, advice re blocking.""",
    spans=[
        ("STALK_CONTACT", 'sent a voice note at midnight calling her a "slag"'),
        ("STALK_TURN_UP", "he turned up at the vaults drunk after a row"),
    ],
)

case(
    37, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="redacted", batch="tb",
    pattern="female_customer_fixates_on_delivery_driver_follows_him_home_he_changes_job", relationship="customer", occasions=8,
    text="""\
I am [NAME 1]. I deliver for [TAKEAWAY] in [TOWN] five nights a week. In April I delivered to a flat on [STREET] and the lady there, who I now know as [NAME 2], asked for my number. I said no because I am engaged.

From then she ordered most nights, always asking the shop for "the tall one with the beard" to bring it. When it was me she would try to get me to come in. When it was someone else she rang up to complain. She started sitting in her car outside the shop at closing time and one night she followed me home in it. A week later a birthday card and aftershave were left on my doorstep. My fiancee has had friend requests from her.

She has never threatened me. But I could not carry on like that. I have left the job and now work days at a warehouse, and we have put a camera doorbell on the house.""",
    spans=[
        ("UNWANTED", "I said no because I am engaged"),
        ("REPETITION", "most nights"),
        ("FIXATION", 'always asking the shop for "the tall one with the beard" to bring it'),
        ("STALK_LOITER", "sitting in her car outside the shop at closing time"),
        ("STALK_FOLLOW", "one night she followed me home in it"),
        ("STALK_GIFTS", "a birthday card and aftershave were left on my doorstep"),
        ("SERIOUS_IMPACT", "I have left the job and now work days at a warehouse"),
        ("SERIOUS_IMPACT", "we have put a camera doorbell on the house"),
    ],
)

case(
    38, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="tb",
    pattern="resident_opposite_late_bar_films_manager_over_noise_dispute", relationship="neighbour", occasions=12,
    text="""\
Supv review: Recorded as stalking by reporting officer - I have amended to harassment. IP is DPS/manager of Bar Nine, Chapel St. SUSP lives opposite and has an ongoing dispute with the bar over noise and smokers since the terrace opened in May. For 5 wks SUSP has stood at his window most nights from 2300 filming IP when he clears the terrace, and has twice come down at close to photograph IP's face and shout that he'll "have your licence". SUSP has also sent IP 14 emails demanding the terrace shuts at 10. Conduct is all about the noise issue - no fixation on IP as a person, no interest in him away from the bar. Still a course of conduct causing alarm/distress to IP, who is fed up and stressed. WoA to SUSP, signposted to licensing review which is the lawful route. OIC to update IP.""",
    spans=[
        ("REPETITION", "For 5 wks"),
        ("STALK_WATCH", "stood at his window most nights from 2300 filming IP"),
        ("REPETITION", "twice"),
        ("STALK_WATCH", "come down at close to photograph IP's face"),
        ("STALK_CONTACT", "sent IP 14 emails demanding the terrace shuts at 10"),
        ("DISTRESS", "IP, who is fed up and stressed"),
    ],
)

case(
    39, "aggravated_harassment_fear_of_violence", "CFR",
    voice="vps", case="lower", noise="clean", batch="tb",
    pattern="refused_entry_man_returns_three_weekends_racist_abuse_gun_and_knife_threats_to_doorman", relationship="customer", occasions=3,
    text="""\
victim personal statement of marcus bailey.

i've worked on doors for nine years and i've had plenty said to me, i don't scare easy. but what connor heath did over those three weekends in july was different. the first time, after i wouldn't let him in, he called me a monkey and said he'd come back and "put one in" me. i took that to mean a gun or a knife. the next saturday he drove past slow twice shouting n****r out of the window, then stopped and said "you're getting shot, coon, you wait". the last time he came with two lads and one of them lifted his top to show me a blade in his waistband while heath said "this one's for you".

since then i'm frightened at work in a way i never was before. i stand further back from the road and i look at every car. i honestly thought he was going to kill me.""",
    spans=[
        ("REPETITION", "over those three weekends in july"),
        ("RACIAL_HOSTILITY", "he called me a monkey"),
        ("THREAT_VIOLENCE", 'said he\'d come back and "put one in" me'),
        ("RACIAL_HOSTILITY", "shouting n****r out of the window"),
        ("THREAT_VIOLENCE", "you're getting shot, coon, you wait"),
        ("THREAT_VIOLENCE", "lifted his top to show me a blade in his waistband"),
        ("THREAT_VIOLENCE", "this one's for you"),
        ("FEAR_OF_VIOLENCE", "i'm frightened at work in a way i never was before"),
        ("FEAR_OF_VIOLENCE", "i honestly thought he was going to kill me"),
    ],
)

case(
    40, "stalking", "CS",
    voice="call_log", case="lower", noise="typos", batch="tb",
    pattern="customer_fixates_on_deaf_barmaid_follows_her_bus_then_mocks_her_disability", relationship="customer", occasions=6,
    text="""\
caller sarah (via bsl relay service) works at the lamb & flag, is profoundly deaf. customer called phil has been coming in every shift she works for 3 wks and writes her notes on beer mats asking her out, she has said no each time in writing. last tues and fri he was waiting at her bus stop after close and got on the same bus. since she told him to get lost he has been doing mocking 'deaf voice' noises at her at the bar and calling her "dumb" to his mates. caller says shes embarassed and angry, not scared. wants him barred and warned. disability hate flag - not a racial/relig matter.""",
    spans=[
        ("STALK_TURN_UP", "coming in every shift she works"),
        ("REPETITION", "for 3 wks"),
        ("STALK_CONTACT", "writes her notes on beer mats asking her out"),
        ("UNWANTED", "she has said no each time in writing"),
        ("REPETITION", "last tues and fri"),
        ("STALK_LOITER", "he was waiting at her bus stop after close"),
        ("STALK_FOLLOW", "got on the same bus"),
        ("STALK_CONTACT", "doing mocking 'deaf voice' noises at her at the bar"),
        ("DISTRESS", "shes embarassed and angry"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="judgment", case="mixed", noise="clean", batch="tb",
    pattern="ex_partner_sits_in_cocktail_bar_follows_polish_ex_home_racist_messages_she_moves", relationship="ex_partner", occasions=12,
    text="""\
Sentencing remarks. Mr Platt, you pleaded guilty to racially aggravated stalking. You and Ms Kowalczyk were together for about eighteen months. She ended the relationship in January. Over the following ten weeks you went to the cocktail bar where she works on at least seven evenings, sat at a table near the bar until she finished, and on three nights walked behind her to her flat. You sent her dozens of messages, many of them calling her a "Polish parasite" and telling her to "go back to Gdansk and scrub toilets where you belong". You did not threaten her, and I sentence you on that basis. But the effect has been grave. She changed her phone number twice, gave up the flat she loved and moved across the city, and she now finishes at midnight rather than two so that her manager can drive her home. Her statement describes a young woman who no longer feels she can go out in her own town.""",
    spans=[
        ("UNWANTED", "She ended the relationship in January"),
        ("STALK_TURN_UP", "you went to the cocktail bar where she works"),
        ("REPETITION", "on at least seven evenings"),
        ("STALK_WATCH", "sat at a table near the bar until she finished"),
        ("REPETITION", "on three nights"),
        ("STALK_FOLLOW", "walked behind her to her flat"),
        ("STALK_CONTACT", "You sent her dozens of messages"),
        ("RACIAL_HOSTILITY", 'calling her a "Polish parasite"'),
        ("RACIAL_HOSTILITY", "go back to Gdansk and scrub toilets where you belong"),
        ("SERIOUS_IMPACT", "She changed her phone number twice"),
        ("SERIOUS_IMPACT", "gave up the flat she loved and moved across the city"),
        ("SERIOUS_IMPACT", "she now finishes at midnight rather than two"),
    ],
)

case(
    42, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="upper", noise="typos", batch="tb",
    pattern="neighbour_threatens_night_shift_worker_over_early_morning_car_noise_twice", relationship="neighbour", occasions=2,
    text="""\
CRIME SUMARY. IP WORKS NIGHTS AT THE CEREAL FACTORY AND GETS HOME ABOUT 0630. NEIGHBOR (SUSP) OBJECTS TO IP'S CAR DOOR AND ENGINGE NOISE IN THE MORNING. 09/01 SUSP CAME OUT IN HIS DRESSING GOWN AND SAID "SLAM THAT DOOR AGAIN AND I'LL PUT YOU THROUGH THE WINDSCREEN". 16/01 SUSP WAS WAITING ON THE DRIVE WITH A BASEBALL BAT AND SAID "LAST WARNING, NEXT TIME ITS YOUR HEAD". IP IS SCARED TO GET OUT OF HIS CAR AND NOW PARKS ROUND THE CORNER AND WALKS. SUSP DENYS, SAYS IP IS 'INCONSIDRATE'.""",
    spans=[
        ("THREAT_VIOLENCE", "SLAM THAT DOOR AGAIN AND I'LL PUT YOU THROUGH THE WINDSCREEN"),
        ("ESCALATION", "WAITING ON THE DRIVE WITH A BASEBALL BAT"),
        ("THREAT_VIOLENCE", "LAST WARNING, NEXT TIME ITS YOUR HEAD"),
        ("FEAR_OF_VIOLENCE", "IP IS SCARED TO GET OUT OF HIS CAR"),
        ("SERIOUS_IMPACT", "NOW PARKS ROUND THE CORNER AND WALKS"),
    ],
)

case(
    43, "aggravated_stalking", "CSR",
    voice="result_note", case="lower", noise="heavy", batch="tb",
    pattern="passenger_tracks_ride_hail_driver_online_and_at_waiting_area_racist_messages", relationship="customer", occasions=5,
    text="""\
result: cr refused by ip, susp to be interviewed vol. ip (f, 34, ride-hail driver) took susp on 1 fare 10/4. since then he has found her on fb, insta n linkedin, sent approx 30 msgs, turns up @ the retail park where drivers wait between jobs on 3 occ n sits in his car opp hers. after ip told him she wasnt intrested msgs went "who do u think u r, u jumped up jungle bunny", "ur lucky any1 gets in a car wiv ur sort". ip says she isnt afraid of him, hes "pathetic", hasnt changed anything. no threats.""",
    spans=[
        ("STALK_MONITOR", "found her on fb, insta n linkedin"),
        ("STALK_CONTACT", "sent approx 30 msgs"),
        ("STALK_TURN_UP", "turns up @ the retail park where drivers wait between jobs"),
        ("REPETITION", "on 3 occ"),
        ("STALK_WATCH", "sits in his car opp hers"),
        ("UNWANTED", "ip told him she wasnt intrested"),
        ("RACIAL_HOSTILITY", "who do u think u r, u jumped up jungle bunny"),
        ("RACIAL_HOSTILITY", "ur lucky any1 gets in a car wiv ur sort"),
    ],
)

case(
    44, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="heavy", batch="tb",
    pattern="app_customer_writes_racist_order_notes_and_rings_takeaway_owner", relationship="customer", occasions=5,
    text="""\
Crme summry. Vic = owner of Dhaka Nights t/away. Susp is a customr who orders via the app on fri nites. On last 4 orders (7/3,14/3,21/3,28/3) susp has put in the 'notes for restaurant' box stuff like "no brown hands touching my food", "tell the p**is to wash this time". Also rang shop 28/3 calling vic a "curry c**t". Vic angry, not scared, wants him banned frm the app n dealt with. No threats. App co. has given susp acc detls. RA harassment.""",
    spans=[
        ("REPETITION", "On last 4 orders (7/3,14/3,21/3,28/3)"),
        ("STALK_CONTACT", "put in the 'notes for restaurant' box"),
        ("RACIAL_HOSTILITY", "no brown hands touching my food"),
        ("RACIAL_HOSTILITY", "tell the p**is to wash this time"),
        ("STALK_CONTACT", "rang shop 28/3"),
        ("RACIAL_HOSTILITY", 'calling vic a "curry c**t"'),
    ],
)
