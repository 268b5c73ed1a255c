# ruff: noqa: E501
"""Hand-written narratives, writer vf: the victim's own words (MG11s, VPSs, emails to the OIC, diaries, online forms)."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="vf",
    pattern="neighbour_abusive_notes_about_dog_and_late_door_banging", relationship="neighbour", occasions=8,
    text="""\
I live at 14 Orchard Row with my dog Biscuit, who is a nine year old spaniel cross.

The man at number 12, who I know as Derek, has been posting notes through my letterbox since about the middle of August. The first one said my dog was a 'f***ing nuisance' and I should get rid of it or move. Since then there have been at least six more notes, all handwritten, some of them just swearing. On 2nd September he banged on my front door at half ten at night shouting that I was a selfish cow. I didn't open it.

I still go to work as normal but I feel sick every time I come home and see something on the mat. I have kept all the notes in a freezer bag.""",
    spans=[
        ("STALK_CONTACT", "posting notes through my letterbox"),
        ("REPETITION", "since about the middle of August"),
        ("REPETITION", "at least six more notes"),
        ("STALK_CONTACT", "banged on my front door at half ten at night shouting that I was a selfish cow"),
        ("DISTRESS", "I feel sick every time I come home"),
    ],
)

case(
    2, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="vf",
    pattern="ex_partner_parks_near_school_run_and_waits_at_work_victim_changes_shifts", relationship="ex_partner", occasions=3,
    text="""\
mon 3rd
saw his van again at the end of the road when i took the kids to school. he didnt get out just sat there. maybe im being paranoid. jess says write it all down so im writing it all down.

weds 5th
van again, 8.40, same spot by the postbox. he had his phone up like he was filming us. ellie waved at him bc she doesnt know any better. i felt my whole chest go tight

fri 7th
he was outside my work at 5. kev from the warehouse walked me to the car. he shouted 'we need to talk properly' across the carpark, i just drove off. its been 4 months since i ended it and he still wont accept its over

sun 9th
mum is going to do the school run from tomorow so hes not seeing me there. ive asked my manager to swap me onto the early shift so im gone by 3. i hate that im the one changing everything.

tues 11th
nothing today. cant sleep anyway""",
    spans=[
        ("STALK_LOITER", "saw his van again at the end of the road"),
        ("STALK_LOITER", "he didnt get out just sat there"),
        ("REPETITION", "van again, 8.40, same spot by the postbox"),
        ("STALK_WATCH", "he had his phone up like he was filming us"),
        ("DISTRESS", "i felt my whole chest go tight"),
        ("STALK_TURN_UP", "he was outside my work at 5"),
        ("STALK_CONTACT", "he shouted 'we need to talk properly' across the carpark"),
        ("FIXATION", "he still wont accept its over"),
        ("SERIOUS_IMPACT", "mum is going to do the school run from tomorow so hes not seeing me there"),
        ("SERIOUS_IMPACT", "ive asked my manager to swap me onto the early shift"),
        ("DISTRESS", "cant sleep anyway"),
    ],
)

case(
    3, "no_offence", "R",
    voice="statement", case="mixed", noise="clean", batch="vf",
    pattern="online_form_single_racist_remark_outside_bakery_by_stranger", relationship="stranger", occasions=1,
    text="""\
What happened? (please describe in your own words)
I was waiting outside Greggs on Castle St about 12.15 on Saturday with my son. A man I have never seen before walked past, called me a 'p*ki b*tch' and told me to go back to my own country. Then he just carried on towards the bus station. I stood there shaking. My son is 7 and he keeps asking what it meant.
Were you injured? No
Do you know the person? No
Has this happened before? No""",
    spans=[
        ("RACIAL_HOSTILITY", "called me a 'p*ki b*tch' and told me to go back to my own country"),
        ("DISTRESS", "I stood there shaking"),
    ],
)

case(
    4, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="abbrev", batch="vf",
    pattern="email_to_oic_neighbour_racist_threats_on_drive_repeated", relationship="neighbour", occasions=3,
    text="""\
Subject: Crime ref 41/22871/24 - update from Amrit Sandhu

Hi DC Palmer,

Sorry to email again, I know you said only ring 101 if it's urgent but I didn't know what counted. Last night (Thurs) approx 2130 the man from no.7 was at the bottom of my drive. He said 'you lot want sending back, I'll cave your f***ing head in'. Same as what he said on the 14th except this time he had a bottle in his hand. My husband wasn't home. I locked the door and sat on the stairs with the phone. I am genuinely scared he is going to hurt me, I don't think he's just mouthing off any more.

Also FYI he has started calling me 'the curry woman' whenever I put the bins out, his wife laughs. Ring doorbell footage saved if you need it.

Thanks, Amrit""",
    spans=[
        ("RACIAL_HOSTILITY", "you lot want sending back"),
        ("THREAT_VIOLENCE", "I'll cave your f***ing head in"),
        ("REPETITION", "Same as what he said on the 14th"),
        ("DISTRESS", "sat on the stairs with the phone"),
        ("FEAR_OF_VIOLENCE", "I am genuinely scared he is going to hurt me"),
        ("RACIAL_HOSTILITY", "calling me 'the curry woman' whenever I put the bins out"),
    ],
)

case(
    5, "aggravated_stalking", "CSR",
    voice="vps", case="mixed", noise="clean", batch="vf",
    pattern="colleague_fixated_on_muslim_coworker_stares_follows_to_prayer_room_religious_abuse", relationship="colleague", occasions=6,
    text="""\
I want the court to know how this has affected me.

I have worked at the call centre for six years and I used to like it. When Gary joined my team last spring he was friendly at first. Then he started asking why I wear my hijab and saying things like 'is your husband making you wear that rag' and 'you people are all the same'. I told him I didn't want to talk about it. After that he would stand by my desk at break time, every day, just staring. He found my Instagram and commented under a photo of my daughter's Eid party calling us 'terrorists in training'. He followed me to the prayer room twice and waited outside the door. I reported him to HR in October.

I am still going into work. I have not let him push me out, and I don't want this statement to make it sound like I have fallen apart, because I haven't. But I am tired all the time. I cry in the car before I go in. My husband says I am short with everyone at home.

I want him to understand that my faith is not a joke.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "is your husband making you wear that rag"),
        ("RELIGIOUS_HOSTILITY", "you people are all the same"),
        ("UNWANTED", "I told him I didn't want to talk about it"),
        ("STALK_LOITER", "he would stand by my desk at break time"),
        ("REPETITION", "every day"),
        ("STALK_WATCH", "just staring"),
        ("STALK_MONITOR", "He found my Instagram"),
        ("STALK_PUBLISH", "commented under a photo of my daughter's Eid party"),
        ("RELIGIOUS_HOSTILITY", "calling us 'terrorists in training'"),
        ("STALK_FOLLOW", "He followed me to the prayer room"),
        ("REPETITION", "twice"),
        ("STALK_LOITER", "waited outside the door"),
        ("DISTRESS", "I am tired all the time"),
        ("DISTRESS", "I cry in the car before I go in"),
    ],
)

case(
    6, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="abbrev", batch="vf",
    pattern="customer_rings_furniture_shop_repeatedly_threatening_owner", relationship="customer", occasions=4,
    text="""\
The man who returned the sofa, Mr Clegg, has rung the shop 3 times since Tues. Each time he says he will 'come down and do me'. Yesterday he said it again. I am frightened to lock up alone.""",
    spans=[
        ("STALK_CONTACT", "has rung the shop"),
        ("REPETITION", "3 times since Tues"),
        ("THREAT_VIOLENCE", "he will 'come down and do me'"),
        ("REPETITION", "Yesterday he said it again"),
        ("FEAR_OF_VIOLENCE", "I am frightened to lock up alone"),
    ],
)

case(
    7, "stalking", "CS",
    voice="statement", case="mixed", noise="typos", batch="vf",
    pattern="ex_partner_pleading_messages_via_other_accounts_after_block_no_threats", relationship="ex_partner", occasions=12,
    text="""\
Hi PC Okafor
Just wanted to send you the screenshots like you asked. Theres about 40 of them from the last fortnight, I've put them in date order. None of them are nasty exactly, hes not threatening me or anything, its more like 'please just talk to me', 'I cant live without you Beth', 'I'll change I promise', 'just one coffee thats all I'm asking'. Sunday he sent 11 in one evening. I blocked his number on the 3rd and then he started messaging from his brothers phone and then on facebook from an account called 'Rob T'. I've told him loads of times its finished, we split up in May. I'm not scared of him, honestly, I just want it to stop. I feel like I cant move on when my phone keeps going off.
Thanks
Bethany""",
    spans=[
        ("REPETITION", "Theres about 40 of them from the last fortnight"),
        ("STALK_CONTACT", "'please just talk to me'"),
        ("FIXATION", "'I cant live without you Beth'"),
        ("REPETITION", "Sunday he sent 11 in one evening"),
        ("STALK_CONTACT", "he started messaging from his brothers phone and then on facebook from an account called 'Rob T'"),
        ("UNWANTED", "I've told him loads of times its finished"),
        ("DISTRESS", "I feel like I cant move on when my phone keeps going off"),
    ],
)

case(
    8, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="redacted", batch="vf",
    pattern="online_viewer_fixates_on_black_streamer_finds_workplace_racist_abuse_threats_she_moves", relationship="online", occasions=6,
    text="""\
I am a part-time streamer and I also work as a teaching assistant. I stream under the name [HANDLE] three evenings a week. I have never met the person I will call [USER 1] in real life and until January I had no idea who he was.

He first appeared in my chat around New Year. At first it was just a lot of messages, wanting me to say his name, asking if I had a boyfriend. When I didn't answer he started calling me a 'n***** monkey' and posting banana emojis. I banned him. He came back on a new account the same night, and the next day, and I think I've banned eleven accounts now that are obviously him because he spells things the same way.

In February he sent me a message that said 'I know you work at a school in [TOWN], I'll be waiting for you one of these days'. I don't know how he knew that. Two weeks later he posted a photo of the front of my building, taken from across the road, on a Discord server with the words 'found the ape'. Then on 3rd March he sent 'next time you see me will be the last thing you see'.

I don't sleep properly. I honestly believe he is going to turn up and hurt me, and I check every car that slows down near me. I have stopped streaming completely, which was about a third of my income. I have moved back in with my mum in [TOWN 2] and my landlord let me out of the lease early. My head teacher has agreed I can start later and leave with another member of staff.

I am making this statement because I want him found. I am willing to go to court.""",
    spans=[
        ("STALK_CONTACT", "it was just a lot of messages, wanting me to say his name, asking if I had a boyfriend"),
        ("RACIAL_HOSTILITY", "calling me a 'n***** monkey' and posting banana emojis"),
        ("UNWANTED", "I banned him"),
        ("FIXATION", "He came back on a new account the same night"),
        ("REPETITION", "I've banned eleven accounts now"),
        ("STALK_MONITOR", "I know you work at a school in [TOWN]"),
        ("THREAT_VIOLENCE", "I'll be waiting for you one of these days"),
        ("STALK_PUBLISH", "posted a photo of the front of my building, taken from across the road"),
        ("RACIAL_HOSTILITY", "'found the ape'"),
        ("THREAT_VIOLENCE", "next time you see me will be the last thing you see"),
        ("DISTRESS", "I don't sleep properly"),
        ("FEAR_OF_VIOLENCE", "I honestly believe he is going to turn up and hurt me"),
        ("SERIOUS_IMPACT", "I have stopped streaming completely"),
        ("SERIOUS_IMPACT", "I have moved back in with my mum in [TOWN 2]"),
        ("SERIOUS_IMPACT", "I can start later and leave with another member of staff"),
    ],
)

case(
    9, "aggravated_harassment", "CR",
    voice="victim_diary", case="lower", noise="typos", batch="vf",
    pattern="neighbour_parking_dispute_anti_romanian_slurs_victim_not_afraid", relationship="neighbour", occasions=3,
    text="""\
12/6 - him at 22 again about the van. told me to 'park your f***ing taxi back in romania'. i said its a legal space. walked off.
15/6 - note under wiper 'gypsy scum move it'. same handwritting as the christmas card he sent round the whole road lol
16/6 - shouted 'thieving romanian' across the road when i was getting my little girl out the car. she heard it.
20/6 - nothing
21/6 - says to the postman loud enough for me to hear that this lot are all on benefits. im not on benefits, i work 50 hours. honestly he doesnt frighten me, hes about 70 and walks with a stick, but im sick of it and i want it on record""",
    spans=[
        ("REPETITION", "again"),
        ("RACIAL_HOSTILITY", "'park your f***ing taxi back in romania'"),
        ("STALK_CONTACT", "note under wiper"),
        ("RACIAL_HOSTILITY", "'gypsy scum move it'"),
        ("RACIAL_HOSTILITY", "shouted 'thieving romanian' across the road"),
        ("DISTRESS", "im sick of it"),
    ],
)

case(
    10, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="vf",
    pattern="boundary_dispute_neighbour_photographs_and_films_victim_in_garden", relationship="neighbour", occasions=6,
    text="""\
Since the new fence went up in March, Mr and Mrs Hallam at number 3 have disputed where the boundary is. That part is a civil matter.

What I am reporting is what has happened since. Mr Hallam stands at his upstairs window and photographs my garden whenever I am working on the fence or the shed. He did it on the 4th, 5th and 11th of May and most weekends since. On two occasions he has leaned over and filmed me on his phone while telling me I'm a thief and a liar. Last Saturday he shouted 'land-grabbing b****' at me in front of my grandchildren.

I have been a nervous wreck. I don't enjoy my own garden any more.""",
    spans=[
        ("STALK_WATCH", "photographs my garden whenever I am working on the fence or the shed"),
        ("REPETITION", "on the 4th, 5th and 11th of May and most weekends since"),
        ("REPETITION", "On two occasions"),
        ("STALK_WATCH", "filmed me on his phone"),
        ("STALK_CONTACT", "telling me I'm a thief and a liar"),
        ("STALK_CONTACT", "shouted 'land-grabbing b****' at me"),
        ("DISTRESS", "I have been a nervous wreck"),
    ],
)

case(
    11, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="vf",
    pattern="running_club_acquaintance_fixates_after_one_date_gifts_at_home_victim_changes_number", relationship="acquaintance", occasions=8,
    text="""\
I met Connor through my running club. We went for one drink in the summer and I told him afterwards I didn't want to see him in that way. I thought we had left it friendly.

Over the next three months he messaged me almost every day. He turned up at the end of my parkrun every Saturday, even after he had left the club. He left a card and a necklace on my doorstep on my birthday, and I have never told him where I live. Once he texted me 'nice dress today' on a day I hadn't seen him at all.

Because of him I changed my mobile number, which meant telling everyone at work and all my family. I had a doorbell camera fitted. I gave up parkrun, which was the one thing I did just for me. I still look over my shoulder every time I go out running.""",
    spans=[
        ("UNWANTED", "I told him afterwards I didn't want to see him in that way"),
        ("REPETITION", "Over the next three months"),
        ("STALK_CONTACT", "he messaged me almost every day"),
        ("STALK_TURN_UP", "He turned up at the end of my parkrun every Saturday"),
        ("FIXATION", "even after he had left the club"),
        ("STALK_GIFTS", "He left a card and a necklace on my doorstep on my birthday"),
        ("STALK_MONITOR", "texted me 'nice dress today' on a day I hadn't seen him at all"),
        ("SERIOUS_IMPACT", "I changed my mobile number"),
        ("SERIOUS_IMPACT", "I had a doorbell camera fitted"),
        ("SERIOUS_IMPACT", "I gave up parkrun"),
        ("DISTRESS", "I still look over my shoulder every time I go out running"),
    ],
)

case(
    12, "no_offence", "",
    voice="statement", case="mixed", noise="abbrev", batch="vf",
    pattern="online_form_debt_collector_letters_and_enforcement_visit_called_harassment", relationship="business", occasions=6,
    text="""\
Online report - harassment
Description: I am being harassed by Carrington Recoveries Ltd about a council tax debt from my old flat. I have had 5 letters since Jan, all saying the same thing, that the balance is £1,412.60 and they will pass it to enforcement agents. Then last Tues an enforcement agent came to the door with a body cam and left a notice of enforcement (something like that). He was polite but it was really embarrassing as my neighbour was out the front washing his car. I haven't slept properly since. I think its harassment bc I told them on the phone I'm on a payment plan with the council but they keep writing. Pls can someone tell them to stop.""",
    spans=[
        ("DISTRESS", "I haven't slept properly since"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="victim_diary", case="mixed", noise="clean", batch="vf",
    pattern="warehouse_colleague_threatens_to_break_jaw_twice_over_reporting_stock_loss", relationship="colleague", occasions=2,
    text="""\
Tuesday 14 Nov
Steve cornered me in the loading bay at the end of the shift. Said if I grassed him up about the stock one more time he'd break my jaw. He was so close I could smell the fags on him. I told Lorraine, she said just keep your head down.

Wednesday 15 Nov
Didn't say anything to him. Kept to the other end of the warehouse.

Friday 17 Nov
He walked past my forklift and said 'remember what I told you, jaw, snap' and did a little punching thing with his hand. I honestly think he'd do it. He did time for GBH years ago, everyone knows. I don't want to be on my own with him anywhere.

Saturday 18 Nov
Rang 101. Writing this up for them. I'm still going in Monday, I need the money.""",
    spans=[
        ("THREAT_VIOLENCE", "he'd break my jaw"),
        ("THREAT_VIOLENCE", "'remember what I told you, jaw, snap' and did a little punching thing with his hand"),
        ("FEAR_OF_VIOLENCE", "I honestly think he'd do it"),
        ("FEAR_OF_VIOLENCE", "I don't want to be on my own with him anywhere"),
    ],
)

case(
    14, "aggravated_stalking", "CSR",
    voice="statement", case="upper", noise="abbrev", batch="vf",
    pattern="online_troll_fixates_on_polish_nail_technician_publishes_address_and_fake_reviews", relationship="online", occasions=10,
    text="""\
REPORT TYPE: ONLINE HARASSMENT / HATE INCIDENT
YOUR ACCOUNT OF WHAT HAPPENED:
I RUN A SMALL FB PAGE FOR MY NAIL BUSINESS. SINCE ABOUT JULY A MAN CALLING HIMSELF 'TRUE BRIT 1966' HAS BEEN COMMENTING ON NEARLY EVERY POST. HE CALLS ME 'POLISH VERMIN' AND SAYS MY COUNTRY SHOULD BE WIPED OFF THE MAP. I BLOCK HIM AND HE COMES BACK ON A NEW PROFILE WITHIN A DAY. HE HAS MESSAGED MY SISTER AND SOME OF MY CLIENTS. HE POSTED A SCREENSHOT OF MY HOME ADDRESS FROM COMPANIES HOUSE IN A LOCAL GROUP SAYING 'THIS IS WHERE SHE LIVES' AND LEFT 1 STAR REVIEWS ON GOOGLE SAYING I GAVE HIM A FUNGAL INFECTION (I HAVE NEVER MET HIM!!). HE KNOWS WHEN I GO AWAY, LAST MONTH HE COMMENTED 'ENJOY KRAKOW' BEFORE I HAD TOLD ANYONE EXCEPT MY MUM.
TO BE CLEAR I AM NOT SCARED OF HIM, HE IS A KEYBOARD WARRIOR. BUT IT IS EXHAUSTING AND I AM EMBARRASSED WHEN CLIENTS SEE IT.
DO YOU KNOW THE SUSPECT: NO
ANY INJURIES: N/A""",
    spans=[
        ("REPETITION", "SINCE ABOUT JULY"),
        ("STALK_CONTACT", "HAS BEEN COMMENTING ON NEARLY EVERY POST"),
        ("RACIAL_HOSTILITY", "HE CALLS ME 'POLISH VERMIN'"),
        ("RACIAL_HOSTILITY", "SAYS MY COUNTRY SHOULD BE WIPED OFF THE MAP"),
        ("FIXATION", "I BLOCK HIM AND HE COMES BACK ON A NEW PROFILE WITHIN A DAY"),
        ("STALK_CONTACT", "HE HAS MESSAGED MY SISTER AND SOME OF MY CLIENTS"),
        ("STALK_PUBLISH", "POSTED A SCREENSHOT OF MY HOME ADDRESS FROM COMPANIES HOUSE IN A LOCAL GROUP"),
        ("STALK_PUBLISH", "LEFT 1 STAR REVIEWS ON GOOGLE SAYING I GAVE HIM A FUNGAL INFECTION"),
        ("STALK_MONITOR", "HE KNOWS WHEN I GO AWAY"),
        ("DISTRESS", "IT IS EXHAUSTING AND I AM EMBARRASSED WHEN CLIENTS SEE IT"),
    ],
)

case(
    15, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="vf",
    pattern="former_friend_three_abusive_voicemails_within_minutes_over_holiday_money", relationship="acquaintance", occasions=3,
    text="""\
On Friday 9th February I went to bed at about 11.30pm with my phone on silent. When I woke up at 7 there were three voicemails from Shannon, who I used to be friends with until we fell out over the £300 she says I owe her for Ibiza. They were left at 11.42, 11.49 and 11.53. In the first she called me a thieving slag. In the second she said everyone was going to know what a scrounger I am. The third was just screaming and swearing. I don't owe her anything. I played them to my mum and I was shaking.""",
    spans=[
        ("STALK_CONTACT", "three voicemails from Shannon"),
        ("REPETITION", "They were left at 11.42, 11.49 and 11.53"),
        ("STALK_CONTACT", "she called me a thieving slag"),
        ("STALK_CONTACT", "she said everyone was going to know what a scrounger I am"),
        ("STALK_CONTACT", "The third was just screaming and swearing"),
        ("DISTRESS", "I was shaking"),
    ],
)

case(
    16, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="vps", case="mixed", noise="clean", batch="vf",
    pattern="regular_passenger_racially_threatens_taxi_driver_on_three_occasions", relationship="customer", occasions=3,
    text="""\
My name is Tariq Mahmood and I have driven a private hire taxi in this town for nineteen years. I have been asked to say in my own words how this has affected me.

The defendant booked with our firm a lot. The first time, in August, he sat behind me and told me 'you Pakis are all groomers, I should slit your throat and save everyone the bother'. I asked him to get out and he laughed and paid. Three weeks later he got in my car again because the office didn't flag his name. He recognised me and said 'told you, I'm going to do you, Taliban'. The third time he was at the rank on Station Road and slapped my window and said I was a dead man.

I am a big man and I am not easily frightened, but I was scared of him. I have a wife and four children and I thought, this man means it. I believed he would stab me. For a month I stopped doing night shifts, which is when the money is. I have fitted a camera in the car at my own cost.

I am still angry. Passengers see my face and think they know what I am.""",
    spans=[
        ("RACIAL_HOSTILITY", "you Pakis are all groomers"),
        ("THREAT_VIOLENCE", "I should slit your throat and save everyone the bother"),
        ("UNWANTED", "I asked him to get out"),
        ("REPETITION", "Three weeks later"),
        ("THREAT_VIOLENCE", "I'm going to do you"),
        ("RACIAL_HOSTILITY", "Taliban"),
        ("THREAT_VIOLENCE", "slapped my window and said I was a dead man"),
        ("FEAR_OF_VIOLENCE", "I was scared of him"),
        ("FEAR_OF_VIOLENCE", "I believed he would stab me"),
        ("SERIOUS_IMPACT", "For a month I stopped doing night shifts"),
        ("SERIOUS_IMPACT", "I have fitted a camera in the car at my own cost"),
    ],
)

case(
    17, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="typos", batch="vf",
    pattern="colleague_leaves_notes_and_flowers_waits_at_car_emails_private_account_after_refusal", relationship="colleague", occasions=8,
    text="""\
Diary - started this because HR asked for dates

Mon 2 Sept. Found a Twix and a post-it on my keyboard 'for my favourite x'. Assumed it was Nadia messing about.
Thurs 5 Sept. Another post-it, 'you looked tired today, get some sleep beautiful'. Not Nadia. Asked around, nobody knows who.
Mon 9 Sept. Saw Martin from accounts put one on my desk. Told him politely I'm married and I'm not interested and please stop. He went red and said he was only being nice.
Weds 11. He was leaning on my car in the staff car park at 5.15. Said he wanted to 'clear the air'. I said theres no air to clear. He stood there untill I drove off.
Fri 13. Flowers delivered to reception with my name on. Card said 'I don't give up on people M'. Everyone saw. Mortifying.
Tues 17. He's moved his lunch to 12.30, same as mine. Sits two tables away and watches me eat. Every day this week.
Thurs 19. He emailed my personal gmail. I have never given him that. Subject 'please'. Long thing about how I'm the only person who's ever understood him and he knows I feel it too.
Sat 21. Couldn't settle all weekend. Keep checking the window. Dan says go to the police, I said I'll see what HR does first. I'm not going to let him drive me out of a job I like, but my stomach is in knots every morning in the car park.
Mon 23. Meeting with HR 2pm.""",
    spans=[
        ("STALK_GIFTS", "Found a Twix and a post-it on my keyboard"),
        ("STALK_CONTACT", "'you looked tired today, get some sleep beautiful'"),
        ("UNWANTED", "Told him politely I'm married and I'm not interested and please stop"),
        ("STALK_LOITER", "He was leaning on my car in the staff car park at 5.15"),
        ("STALK_LOITER", "He stood there untill I drove off"),
        ("STALK_GIFTS", "Flowers delivered to reception with my name on"),
        ("FIXATION", "'I don't give up on people M'"),
        ("STALK_WATCH", "Sits two tables away and watches me eat"),
        ("REPETITION", "Every day this week"),
        ("STALK_CONTACT", "He emailed my personal gmail"),
        ("FIXATION", "I'm the only person who's ever understood him and he knows I feel it too"),
        ("DISTRESS", "Keep checking the window"),
        ("DISTRESS", "my stomach is in knots every morning in the car park"),
    ],
)

case(
    18, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="abbrev", batch="vf",
    pattern="neighbour_watches_and_follows_sikh_man_to_gurdwara_threats_about_turban", relationship="neighbour", occasions=5,
    text="""\
To: DC Hughes
Re: ongoing - ref 22/4471

Hi, its Harjit Gill, you came out on the 2nd. Sorry this is long.
Since you came out Lee from the end house has been sat in his car opposite our drive most evenings, engine off, just watching the house. On Sun when I went to the gurdwara he followed in his car all the way to Soho Rd and parked up outside. When I came out he wound the window down and said 'take that tea towel off your head or I'll take it off for you along with your head'. Then Weds he was at the fence at 0700 as I left and said 'remember what I said, raghead'. He knows what time I leave every day.
I'm not ashamed to say I am frightened. I think he will attack me. I've started leaving for work at 5.30 so he isn't up and I've moved my daughter into the back bedroom. We've put 2 cameras up. My wife wants us to sell up.
Harjit""",
    spans=[
        ("STALK_LOITER", "sat in his car opposite our drive most evenings"),
        ("STALK_WATCH", "just watching the house"),
        ("STALK_FOLLOW", "he followed in his car all the way to Soho Rd and parked up outside"),
        ("RELIGIOUS_HOSTILITY", "take that tea towel off your head"),
        ("THREAT_VIOLENCE", "or I'll take it off for you along with your head"),
        ("STALK_LOITER", "he was at the fence at 0700 as I left"),
        ("THREAT_VIOLENCE", "'remember what I said"),
        ("RELIGIOUS_HOSTILITY", "raghead"),
        ("STALK_MONITOR", "He knows what time I leave every day"),
        ("FEAR_OF_VIOLENCE", "I think he will attack me"),
        ("SERIOUS_IMPACT", "I've started leaving for work at 5.30 so he isn't up"),
        ("SERIOUS_IMPACT", "I've moved my daughter into the back bedroom"),
        ("SERIOUS_IMPACT", "We've put 2 cameras up"),
    ],
)

case(
    19, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="vf",
    pattern="brother_in_law_threatens_victim_over_inherited_bungalow_phone_and_family_barbecue", relationship="family", occasions=3,
    text="""\
Since my mother-in-law died in April there has been a dispute about her bungalow, which she left to my husband and his brother Carl jointly. 

On 18 June Carl phoned me, not my husband, and said that if the bungalow went on the market he would 'put me in the ground'. On 2 July at a family barbecue at my sister-in-law's he came into the kitchen and said to me, quietly, 'I meant what I said on the phone, you'll be first'. On 9 July he sent a text that just said 'tick tock'.

I am frightened of Carl. He has hit people before. I believe he would hurt me. I keep going over it at night.""",
    spans=[
        ("THREAT_VIOLENCE", "he would 'put me in the ground'"),
        ("THREAT_VIOLENCE", "'I meant what I said on the phone, you'll be first'"),
        ("STALK_CONTACT", "he sent a text that just said 'tick tock'"),
        ("FEAR_OF_VIOLENCE", "I am frightened of Carl"),
        ("FEAR_OF_VIOLENCE", "I believe he would hurt me"),
        ("DISTRESS", "I keep going over it at night"),
    ],
)

case(
    20, "no_offence", "",
    voice="victim_diary", case="inconsistent", noise="clean", batch="vf",
    pattern="partner_two_rows_seven_months_apart_reconciled_in_between", relationship="partner", occasions=2,
    text="""\
feb 3 - big row with Jamie about money. He punched the kitchen door and called me a useless cow. I went to Sophie's for two nights. he came round with flowers & apologised. agreed he'd go to the GP about his drinking.

(NOTHING WRITTEN FOR AGES BC THINGS WERE GOOD HONESTLY)

SEPT 28 - he came in from the pub at 1am and we had words because I'd put the chain on. He shouted that I treat him like a dog and my phone screen cracked when he threw it on the sofa and it bounced off. Rang police bc Sophie made me. Officer asked if there's been anything else, i said just the february thing and we sorted that. I don't want him arrested I want him to stop drinking.""",
    spans=[
        ("STALK_CONTACT", "called me a useless cow"),
        ("STALK_CONTACT", "He shouted that I treat him like a dog"),
    ],
)

case(
    21, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="abbrev", batch="vf",
    pattern="rival_takeaway_owner_racist_abuse_and_threats_victim_not_afraid", relationship="business", occasions=4,
    text="""\
Dear Sgt Rowe,

As requested I am putting in writing the problems with the owner of Marco's Pizza two doors down from my shop (Golden Dragon takeaway). Since we opened in May he has come into my shop 4 times. On 1 June he said 'ching chong go home and take your dog meat with you'. On 22 June he stood at my counter in front of customers and pulled his eyes and said my food was 'Chinese rat'. On 30 June he said he would burn my shop down with me in it. On 14 July he said 'I'll smash your face in, little yellow man'.

To be honest I am not scared of this man. He is all mouth and I have seen him run from a teenager. I have a business to run. I only report so it is on record and he is told to stop, because my staff are upset and two customers have complained about him.

Regards
Wei Chen
(dictated to my daughter, she is typing)""",
    spans=[
        ("REPETITION", "he has come into my shop 4 times"),
        ("RACIAL_HOSTILITY", "'ching chong go home and take your dog meat with you'"),
        ("RACIAL_HOSTILITY", "pulled his eyes and said my food was 'Chinese rat'"),
        ("THREAT_VIOLENCE", "he would burn my shop down with me in it"),
        ("THREAT_VIOLENCE", "I'll smash your face in"),
        ("RACIAL_HOSTILITY", "little yellow man"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSF",
    voice="statement", case="mixed", noise="redacted", batch="vf",
    pattern="ex_partner_breaches_non_molestation_order_waits_opposite_home_throat_gesture_threat", relationship="ex_partner", occasions=3,
    text="""\
I know [NAME 1] has a non-molestation order against him which says he must not come within 100 metres of my address at [ADDRESS 1]. It was served on him on 10 October. On 19 October at about 1900 I saw him standing at the bus shelter opposite my house looking up at my window. He stayed there about twenty minutes. On 24 October he was back in the same place at 2230 and when I opened the curtain he drew his finger across his throat. Then on 27 October he shouted up from the pavement 'paper won't save you, I'll finish you'. I am terrified. I truly think he will kill me if he gets the chance. I have not slept since the 24th.""",
    spans=[
        ("STALK_LOITER", "standing at the bus shelter opposite my house"),
        ("STALK_WATCH", "looking up at my window"),
        ("REPETITION", "he was back in the same place"),
        ("THREAT_VIOLENCE", "he drew his finger across his throat"),
        ("STALK_TURN_UP", "he shouted up from the pavement"),
        ("THREAT_VIOLENCE", "'paper won't save you, I'll finish you'"),
        ("FEAR_OF_VIOLENCE", "I am terrified"),
        ("FEAR_OF_VIOLENCE", "I truly think he will kill me if he gets the chance"),
        ("DISTRESS", "I have not slept since the 24th"),
    ],
)

case(
    23, "aggravated_stalking", "CSR",
    voice="victim_diary", case="lower", noise="heavy", batch="vf",
    pattern="ex_partner_racist_texts_turns_up_at_mothers_and_gym_posts_monkey_picture", relationship="ex_partner", occasions=5,
    text="""\
1st - he text 15 times today. the usual 'ur nothing without me' and then when i didnt reply 'go back to ur own kind u half caste sl*g'. he never said stuff like that when we were together (well, once)
2nd - at my mums door 10pm. mum told him to go. he sat on the wall for ages
4th - tagged me in a post on fb with a pic of a monkey. 40 odd likes. deleted it but ppl saw
5th - turned up at the gym. didnt speak just walked round near me the whole time
6th - more txts, 'no1 will ever want a mongrel like u', 'ill always be here'
feel sick all the time, cant eat. lisa at work says i look grey. still going to the gym tho im not letting him take that""",
    spans=[
        ("STALK_CONTACT", "he text 15 times today"),
        ("STALK_CONTACT", "'ur nothing without me'"),
        ("RACIAL_HOSTILITY", "'go back to ur own kind u half caste sl*g'"),
        ("STALK_TURN_UP", "at my mums door 10pm"),
        ("UNWANTED", "mum told him to go"),
        ("STALK_LOITER", "he sat on the wall for ages"),
        ("STALK_PUBLISH", "tagged me in a post on fb"),
        ("RACIAL_HOSTILITY", "with a pic of a monkey"),
        ("STALK_TURN_UP", "turned up at the gym"),
        ("STALK_FOLLOW", "just walked round near me the whole time"),
        ("RACIAL_HOSTILITY", "'no1 will ever want a mongrel like u'"),
        ("FIXATION", "'ill always be here'"),
        ("DISTRESS", "feel sick all the time, cant eat"),
    ],
)

case(
    24, "harassment", "C",
    voice="statement", case="mixed", noise="typos", batch="vf",
    pattern="plasterer_acquaintance_abusive_whatsapps_over_disputed_bill_one_vague_threat_no_fear", relationship="acquaintance", occasions=24,
    text="""\
Hi DC Brennan,

Following on from our call. Ive attached the messages from Lewis. To recap he did some plastering at my flat last year and says I owe him £650, I say it was botched. Since the 2nd of this month he has messaged me 23 times on whatsapp calling me a scammer, a tramp, a waste of space. He rang my work once and asked for me and called me a thief to the receptionist. On the 11th he said 'carry on and see what happens to you'. He hasnt said anything like that since and to be honest I don't think he'd actually do anything, hes just angry about the money.
Its getting me down though. I dread looking at my phone.
Thanks
Kirsty""",
    spans=[
        ("REPETITION", "Since the 2nd of this month"),
        ("STALK_CONTACT", "he has messaged me 23 times on whatsapp calling me a scammer, a tramp, a waste of space"),
        ("STALK_CONTACT", "He rang my work once and asked for me and called me a thief to the receptionist"),
        ("THREAT_VIOLENCE", "'carry on and see what happens to you'"),
        ("DISTRESS", "Its getting me down"),
        ("DISTRESS", "I dread looking at my phone"),
    ],
)

case(
    25, "aggravated_harassment_fear_of_violence", "CFR",
    voice="victim_diary", case="mixed", noise="typos", batch="vf",
    pattern="neighbour_racist_abuse_and_stabbing_threat_repeated_two_days_later", relationship="neighbour", occasions=2,
    text="""\
Sat 4th - Paul from 19 shouted 'Paki go home' while I was washing the car. said next time he'd 'stab you up'.
Mon 6th - his lad and two mates knocked on & ran, Paul stood on his step laughing & shouted 'told you, you're getting it'.
Tue 7th - I really think he means it. Im scared he'll come for me when my husbands on nights. Rang the Safer Neighbourhood team, they said to write it all down.""",
    spans=[
        ("RACIAL_HOSTILITY", "shouted 'Paki go home'"),
        ("THREAT_VIOLENCE", "said next time he'd 'stab you up'"),
        ("THREAT_VIOLENCE", "shouted 'told you, you're getting it'"),
        ("FEAR_OF_VIOLENCE", "I really think he means it"),
        ("FEAR_OF_VIOLENCE", "Im scared he'll come for me"),
    ],
)

case(
    26, "no_offence", "",
    voice="statement", case="mixed", noise="clean", batch="vf",
    pattern="two_mutual_shouting_matches_with_neighbour_over_leylandii", relationship="neighbour", occasions=2,
    text="""\
I know my neighbour has also been to the police so I'll be honest. Me and Glenys at number 40 have fallen out over the leylandii. On the Sunday I went round to ask her to cut it back and it ended up with both of us shouting in the street. I called her a miserable old witch and she called me a spoilt brat, and I'm 52. Then the following Friday she came over when I was putting the bins out and we had another go at each other, and yes I did swear at her, and she swore at me. Nobody touched anybody and nobody threatened anybody. I was upset afterwards and my hands were shaking. I just want the hedge cut.""",
    spans=[
        ("DISTRESS", "my hands were shaking"),
    ],
)

case(
    27, "stalking", "CS",
    voice="statement", case="lower", noise="heavy", batch="vf",
    pattern="dating_app_match_never_met_makes_new_accounts_after_blocks_contacts_workplace", relationship="online", occasions=12,
    text="""\
what happened: matched with a guy on hinge called 'aaron' in april. chatted 4-5 days, i said i didnt feel it and unmatched. since then hes found me on insta, tiktok, linkedin(!!) and facebook. every time i block he makes a new one, i think 9 accounts now. msgs like 'we had something real', 'give me one chance ur making a mistake', 'i'll wait as long as it takes'. he liked every single one of my old photos going back to 2016 in one night. he commented on my work page asking my manager if i was 'single again yet'. not threatening, just wont stop. im ok, just fed up and a bit creeped out tbh
suspect details: only know first name + his photos""",
    spans=[
        ("UNWANTED", "i said i didnt feel it and unmatched"),
        ("STALK_MONITOR", "hes found me on insta, tiktok, linkedin(!!) and facebook"),
        ("FIXATION", "every time i block he makes a new one"),
        ("REPETITION", "i think 9 accounts now"),
        ("STALK_CONTACT", "'we had something real', 'give me one chance ur making a mistake'"),
        ("FIXATION", "'i'll wait as long as it takes'"),
        ("STALK_MONITOR", "he liked every single one of my old photos going back to 2016 in one night"),
        ("STALK_PUBLISH", "he commented on my work page asking my manager if i was 'single again yet'"),
        ("DISTRESS", "a bit creeped out"),
    ],
)

case(
    28, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="vf",
    pattern="colleague_antisemitic_fixation_waits_on_station_platform_victim_leaves_job", relationship="colleague", occasions=8,
    text="""\
Victim personal statement - Miriam Cohen

I have been asked how Mr Doyle's behaviour has affected me. It is hard to put into words without sounding dramatic, so I will just say what has changed.

I left the firm in January. I had been there eleven years and I was up for partner. I now work three days a week for a much smaller practice for considerably less money, because I could not face the office. I no longer get the train from Bramley station, because he lived two streets from it and he used to be on the platform every morning, even though he drove to work before any of this started. I have taken the mezuzah off our front door frame, because he mentioned it in one of his emails and I realised he had been to our house.

He used to send me emails late at night about 'people like you who control the banks', and leave printouts on my desk about Israel with my name circled. He told a client I was 'only there because of the tribe'. When I asked him to leave me alone he sent a card saying he would 'never stop caring'.

I am not frightened that he will hurt me. I am frightened that he will always be there.""",
    spans=[
        ("SERIOUS_IMPACT", "I left the firm in January"),
        ("SERIOUS_IMPACT", "I now work three days a week for a much smaller practice for considerably less money"),
        ("SERIOUS_IMPACT", "I no longer get the train from Bramley station"),
        ("STALK_LOITER", "he used to be on the platform every morning, even though he drove to work before any of this started"),
        ("SERIOUS_IMPACT", "I have taken the mezuzah off our front door frame"),
        ("STALK_MONITOR", "he had been to our house"),
        ("STALK_CONTACT", "He used to send me emails late at night"),
        ("RELIGIOUS_HOSTILITY", "'people like you who control the banks'"),
        ("STALK_CONTACT", "leave printouts on my desk about Israel with my name circled"),
        ("RELIGIOUS_HOSTILITY", "'only there because of the tribe'"),
        ("UNWANTED", "When I asked him to leave me alone"),
        ("FIXATION", "he would 'never stop caring'"),
        ("DISTRESS", "I am frightened that he will always be there"),
    ],
)

case(
    29, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="vf",
    pattern="former_tenant_texts_landlord_two_violent_threats_over_deposit", relationship="landlord", occasions=2,
    text="""\
My old tenant Dean keeps texting about his deposit. Monday: 'give it back or ill smash ur knees'. Weds: 'last warning, ill find u'. Hes been inside for violence, I am properly scared.""",
    spans=[
        ("STALK_CONTACT", "keeps texting about his deposit"),
        ("THREAT_VIOLENCE", "'give it back or ill smash ur knees'"),
        ("THREAT_VIOLENCE", "'last warning, ill find u'"),
        ("FEAR_OF_VIOLENCE", "I am properly scared"),
    ],
)

case(
    30, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="redacted", batch="vf",
    pattern="pharmacy_customer_racist_abuse_of_pharmacist_threat_to_her_brother_only", relationship="customer", occasions=3,
    text="""\
I am the pharmacist manager at [PHARMACY] on [STREET]. I am of Ghanaian heritage.

[PERSON A] is a regular customer who collects a repeat prescription. On 3 March he was told his prescription wasn't ready and he said, loudly, that he wasn't going to be 'served by a f***ing African who can't read English'. On 17 March he refused to take his bag from me and asked for 'a white one'. On 31 March he called me a 'jungle b****' across the shop floor. My brother [NAME 2], who works with me as a dispenser, told him to leave. [PERSON A] pointed at him and said 'you, I'm going to break your legs when you finish'.

I was not frightened for myself. I was worried for my brother, who now gets a lift home from his wife. I was humiliated in front of patients and my counter assistant was in tears.

I have banned him from the premises and the surgery has moved his prescription to another pharmacy.""",
    spans=[
        ("RACIAL_HOSTILITY", "'served by a f***ing African who can't read English'"),
        ("RACIAL_HOSTILITY", "asked for 'a white one'"),
        ("RACIAL_HOSTILITY", "called me a 'jungle b****' across the shop floor"),
        ("DISTRESS", "I was humiliated in front of patients"),
    ],
)

case(
    31, "stalking_fear_alarm_distress", "CSFD",
    voice="victim_diary", case="mixed", noise="typos", batch="vf",
    pattern="ex_partner_tracker_on_car_turns_up_at_friends_and_work_threats_victim_moves_and_transfers", relationship="ex_partner", occasions=7,
    text="""\
Hi Claire (DC Mensah),
You asked me to go back through my notes app and send you everything since I left Ryan. I've copied it below as it is, sorry about the spelling, I was writing most of it at 3am.

14/1 - moved into Gemma's. Told R by text its over and not to contact me. He rang 31 times tonight.
17/1 - he was parked outside Gemmas when I came back from Tesco. How does he know where she lives??
20/1 - at work. He was in reception at 12. Security walked him out. He shouted 'you're mine, you'll always be mine' over his shoulder.
2/2 - garage found a tracker under my back bumper when I took the car in for its MOT. Little black box with a magnet. Gave it to the PC on the front desk.
3/2 - txt from unknown number 'u cant hide from me, I'll snap your neck'.
9/2 - he was at the end of Gemmas road at 0630 when I left. Got out of the car and walked towards me. I ran back in. Later he txtd 'next time I wont just walk'.
10/2 - cant stop shaking. I keep picturing him getting me in the car park. I honestly beleive he'd kill me.
16/2 - signed the tenancy on the flat in Hebden. Nobody except mum and you knows the address.
20/2 - work have let me transfer to the Leeds branch.
22/2 - first night in the new flat. Slept with the light on.

I think that's everything. Let me know if you need the receipt for the tracker.
Lou""",
    spans=[
        ("UNWANTED", "Told R by text its over and not to contact me"),
        ("STALK_CONTACT", "He rang 31 times tonight"),
        ("STALK_LOITER", "he was parked outside Gemmas when I came back from Tesco"),
        ("STALK_TURN_UP", "He was in reception at 12"),
        ("FIXATION", "'you're mine, you'll always be mine'"),
        ("STALK_MONITOR", "garage found a tracker under my back bumper"),
        ("THREAT_VIOLENCE", "'u cant hide from me, I'll snap your neck'"),
        ("STALK_LOITER", "he was at the end of Gemmas road at 0630 when I left"),
        ("ESCALATION", "Got out of the car and walked towards me"),
        ("THREAT_VIOLENCE", "'next time I wont just walk'"),
        ("DISTRESS", "cant stop shaking"),
        ("FEAR_OF_VIOLENCE", "I honestly beleive he'd kill me"),
        ("SERIOUS_IMPACT", "signed the tenancy on the flat in Hebden"),
        ("SERIOUS_IMPACT", "work have let me transfer to the Leeds branch"),
        ("DISTRESS", "Slept with the light on"),
    ],
)

case(
    32, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="abbrev", batch="vf",
    pattern="online_buyer_sends_repeated_parcels_with_racist_notes_to_seller_home", relationship="online", occasions=4,
    text="""\
Hi, ref 30/9912. Just to add - the parcel that came Sat was from him again. Inside was a bunch of bananas and a note 'for my favourite jungle bunny, see you soon x'. That's the 4th parcel. He must have got my address off the Vinted sale. I give them straight to my husband now. Not scared, just disgusted. Can someone collect it? Ama""",
    spans=[
        ("STALK_GIFTS", "the parcel that came Sat was from him again"),
        ("RACIAL_HOSTILITY", "'for my favourite jungle bunny"),
        ("REPETITION", "That's the 4th parcel"),
        ("STALK_MONITOR", "He must have got my address off the Vinted sale"),
        ("DISTRESS", "just disgusted"),
    ],
)

case(
    33, "harassment", "C",
    voice="victim_diary", case="lower", noise="abbrev", batch="vf",
    pattern="colleague_insulting_teams_messages_over_two_weeks", relationship="colleague", occasions=6,
    text="""\
wk 1: tony sent 3 msgs on teams calling me thick. wk 2: same again, 'useless lump' etc, cc'd my team lead in one. told him to pack it in. hes carried on.""",
    spans=[
        ("STALK_CONTACT", "tony sent 3 msgs on teams calling me thick"),
        ("REPETITION", "same again"),
        ("STALK_CONTACT", "'useless lump'"),
        ("UNWANTED", "told him to pack it in"),
        ("REPETITION", "hes carried on"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="vf",
    pattern="estate_resident_racially_abuses_and_threatens_delivery_driver_sends_boys_with_threat", relationship="stranger", occasions=3,
    text="""\
I work as a delivery driver for a parcel company and my route includes the Fernlea estate, which I cover five days a week. I was born in Sudan and have lived in the UK since 2009. I am making this statement about a man I do not know by name. I would describe him as white, about 40, shaved head, usually wearing a grey Everton top. He lives in one of the maisonettes on Cowper Walk.

The first time was on Monday 6 May. I was delivering to the flat below his. He came out on the landing and said 'no more parcels from monkeys, f*** off back to Africa'. I ignored him and left.

On Thursday 9 May he was on the landing when I came up the stairs. He said 'I warned you, next time you come up here I'll throw you off this balcony'. He stepped towards me and I went back down the stairs without delivering.

After that I asked my depot to give the Cowper Walk drops to someone else, but they said they had no one. On 14 May, while I was parked at the bottom of Cowper Walk, two teenage boys came up to my van. One of them said 'Gaz says you're dead if he sees you round here'. They spat on my windscreen and ran back towards his block. I could see him up on the landing laughing.

I am frightened of this man. I believe that if I go up there he will attack me and that he could seriously hurt me. I think about it the night before I do that route. I have a family. I did not come to this country to be spoken to like this.

I am willing to attend court.""",
    spans=[
        ("RACIAL_HOSTILITY", "'no more parcels from monkeys, f*** off back to Africa'"),
        ("THREAT_VIOLENCE", "'I warned you, next time you come up here I'll throw you off this balcony'"),
        ("ESCALATION", "He stepped towards me"),
        ("THREAT_VIOLENCE", "'Gaz says you're dead if he sees you round here'"),
        ("FEAR_OF_VIOLENCE", "I am frightened of this man"),
        ("FEAR_OF_VIOLENCE", "I believe that if I go up there he will attack me"),
        ("DISTRESS", "I think about it the night before I do that route"),
    ],
)

case(
    35, "stalking", "CS",
    voice="vps", case="mixed", noise="clean", batch="vf",
    pattern="ex_partner_on_bail_uses_friends_and_cousin_to_drive_past_message_and_turn_up", relationship="ex_partner", occasions=6,
    text="""\
I was with Kyle for three years. I ended it in February and moved into my own place with my son. Kyle's bail conditions say he can't contact me, and to be fair to him, he hasn't, not himself.

Instead his friends do it for him. Jordan drives past my flat two or three times a night and slows right down. His cousin Abbie messaged me on Instagram 'Kyle says he still loves you, ring him'. A lad I have never met turned up at my son's football match and sat next to me and said Kyle wanted to know if I'm seeing anyone. A bunch of flowers came to my work with no card, the same lilies he always bought me.

I don't feel in danger. I just feel like I'm still in the relationship and I never get to leave it. I'm anxious most of the time and I've lost weight.""",
    spans=[
        ("STALK_WATCH", "Jordan drives past my flat"),
        ("REPETITION", "two or three times a night"),
        ("STALK_CONTACT", "His cousin Abbie messaged me on Instagram"),
        ("FIXATION", "'Kyle says he still loves you, ring him'"),
        ("STALK_TURN_UP", "turned up at my son's football match and sat next to me"),
        ("STALK_MONITOR", "said Kyle wanted to know if I'm seeing anyone"),
        ("STALK_GIFTS", "A bunch of flowers came to my work with no card"),
        ("DISTRESS", "I'm anxious most of the time"),
        ("DISTRESS", "I've lost weight"),
    ],
)

case(
    36, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="victim_diary", case="lower", noise="typos", batch="vf",
    pattern="anonymous_online_account_antisemitic_threats_to_jewish_student_publishes_halls_address", relationship="online", occasions=6,
    text="""\
diary for the police - eli

mon: another DM from 'ashkenazi_watch' (3rd account). 'saw you in the library today, big nose in a book'. he was THERE. i didnt see him
tue: 6 DMs overnight. one was a picture of a gas chamber with my face on. blocked
thu: new account. 'you lot never learn. ill finish the job myself'
fri: my student ID photo posted on a forum with my halls address under it.
sat: 'see you in halls yid'. i believe him. i really do think hes going to come and hurt me
sun: deleted insta, twitter, everything. ive not been to a lecture since thurs and ive asked the uni to let me do the rest of term remotly. mum is coming to pick me up tmrw""",
    spans=[
        ("STALK_CONTACT", "another DM from 'ashkenazi_watch' (3rd account)"),
        ("STALK_WATCH", "saw you in the library today"),
        ("RELIGIOUS_HOSTILITY", "big nose in a book"),
        ("REPETITION", "6 DMs overnight"),
        ("RELIGIOUS_HOSTILITY", "a picture of a gas chamber with my face on"),
        ("RELIGIOUS_HOSTILITY", "'you lot never learn"),
        ("THREAT_VIOLENCE", "ill finish the job myself"),
        ("STALK_PUBLISH", "my student ID photo posted on a forum with my halls address under it"),
        ("THREAT_VIOLENCE", "'see you in halls"),
        ("RELIGIOUS_HOSTILITY", "yid'"),
        ("FEAR_OF_VIOLENCE", "i really do think hes going to come and hurt me"),
        ("SERIOUS_IMPACT", "deleted insta, twitter, everything"),
        ("SERIOUS_IMPACT", "ive not been to a lecture since thurs"),
        ("SERIOUS_IMPACT", "ive asked the uni to let me do the rest of term remotly"),
    ],
)

case(
    37, "harassment_fear_of_violence", "CFD",
    voice="vps", case="mixed", noise="clean", batch="vf",
    pattern="food_bank_user_threatens_volunteer_repeated_twice_after_being_refused_extra_parcels", relationship="acquaintance", occasions=3,
    text="""\
My husband is the pastor at our church, which has a mostly Nigerian congregation, and I help run the food bank there on Friday evenings. That is how I know Mr Pryce. He came to the food bank for about a year and was never any trouble.

In September we had to stop him taking extra parcels for people who were not there. He got very angry. Outside, by the bins, he said to me 'I'll put you in hospital, you and your little food bank'. He has said it again twice since, once at the bus stop on Lower Road and once when he rang the church phone and I answered.

People keep telling me he is just a sad man. Maybe. But I have seen him punch the wall by the door. I am scared that he is going to hurt me. I do not lock up on my own any more; one of the deacons waits with me now.

I still love the work. I want him to get help.""",
    spans=[
        ("THREAT_VIOLENCE", "'I'll put you in hospital, you and your little food bank'"),
        ("REPETITION", "He has said it again twice since"),
        ("STALK_CONTACT", "he rang the church phone"),
        ("FEAR_OF_VIOLENCE", "I am scared that he is going to hurt me"),
        ("SERIOUS_IMPACT", "I do not lock up on my own any more"),
    ],
)

case(
    38, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="vf",
    pattern="neighbour_watches_films_and_follows_lesbian_couple_homophobic_graffiti_no_threats", relationship="neighbour", occasions=10,
    text="""\
My wife Jo and I moved into 6 Tanner Close in June last year. I am making this statement about our neighbour at number 8, Mr Royce Bell.

Within a month of us moving in he had started. He stands on his back step and watches us whenever we are in the garden, and I mean the whole time, not a glance. He has filmed us through the gap in the fence on at least five occasions, including once when Jo kissed me goodbye at the car. He has written 'dykes' in the dust on my windscreen, and on 3 separate occasions I have found dog mess pushed through our letterbox. When I go out for my run on a Sunday morning he is often standing at his front window, and twice he has come out and walked his dog the same way I run, a few metres behind me, not saying anything.

He has never threatened us. I almost wish he would, because then I would know what he wants.

We do not use our garden any more. We moved our bedroom from the front to the back room because I could not sleep knowing he could see our window. We had a camera fitted in November at a cost of £340. I now run at the gym instead of outside.""",
    spans=[
        ("STALK_WATCH", "He stands on his back step and watches us whenever we are in the garden"),
        ("STALK_WATCH", "He has filmed us through the gap in the fence"),
        ("REPETITION", "on at least five occasions"),
        ("STALK_PROPERTY", "He has written 'dykes' in the dust on my windscreen"),
        ("REPETITION", "on 3 separate occasions"),
        ("STALK_PROPERTY", "I have found dog mess pushed through our letterbox"),
        ("STALK_WATCH", "he is often standing at his front window"),
        ("REPETITION", "twice"),
        ("STALK_FOLLOW", "walked his dog the same way I run, a few metres behind me"),
        ("SERIOUS_IMPACT", "We do not use our garden any more"),
        ("SERIOUS_IMPACT", "We moved our bedroom from the front to the back room"),
        ("DISTRESS", "I could not sleep knowing he could see our window"),
        ("SERIOUS_IMPACT", "We had a camera fitted in November at a cost of £340"),
        ("SERIOUS_IMPACT", "I now run at the gym instead of outside"),
    ],
)

case(
    39, "aggravated_harassment", "CR",
    voice="victim_diary", case="mixed", noise="typos", batch="vf",
    pattern="man_at_bus_stop_anti_muslim_remarks_three_mornings", relationship="stranger", occasions=3,
    text="""\
Tues - the man at the 8.10 bus stop said 'morning Osama' again. Weds same. Thurs he told the whole queue I had a bomb in my bag. Everyone looked. Not scared of him just humilated.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "'morning Osama'"),
        ("REPETITION", "again"),
        ("REPETITION", "Weds same"),
        ("RELIGIOUS_HOSTILITY", "he told the whole queue I had a bomb in my bag"),
        ("DISTRESS", "just humilated"),
    ],
)

case(
    40, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="abbrev", batch="vf",
    pattern="garden_centre_customer_fixates_on_irish_cashier_anti_irish_abuse_after_rejection_waits_in_car_park", relationship="customer", occasions=8,
    text="""\
Statement of Siobhan Kearney, checkout supervisor, Greenacres Garden Centre.

Mr Alan Whitlow has been a customer for years. Since Easter he has come in nearly every day and queues at my till even when the others are empty. At first he brought me chocolates and once a plant he'd grown himself, which I thought was sweet. When I told him in May that I have a partner, he changed. He started calling me 'the Paddy slapper' and asking if I was 'IRA like the rest of them'. He still comes in every day. He has left three letters at customer services addressed to 'my Irish rose' saying we're meant to be together. In June I saw him sitting in his car at the far end of the staff car park at 6pm when I finished, and he was there again on two more evenings that week.

My manager has asked him not to come in. He still does. I'm not frightened of him, he's 70-odd. But I feel sick when I see his car.""",
    spans=[
        ("STALK_TURN_UP", "he has come in nearly every day and queues at my till even when the others are empty"),
        ("STALK_GIFTS", "he brought me chocolates and once a plant he'd grown himself"),
        ("UNWANTED", "When I told him in May that I have a partner"),
        ("RACIAL_HOSTILITY", "calling me 'the Paddy slapper'"),
        ("RACIAL_HOSTILITY", "asking if I was 'IRA like the rest of them'"),
        ("REPETITION", "He still comes in every day"),
        ("STALK_CONTACT", "He has left three letters at customer services"),
        ("FIXATION", "addressed to 'my Irish rose' saying we're meant to be together"),
        ("STALK_LOITER", "sitting in his car at the far end of the staff car park at 6pm when I finished"),
        ("REPETITION", "he was there again on two more evenings that week"),
        ("DISTRESS", "I feel sick when I see his car"),
    ],
)

case(
    41, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="typos", batch="vf",
    pattern="landlord_racist_texts_to_nigerian_tenant_after_damp_complaint", relationship="landlord", occasions=4,
    text="""\
Hi PC Doherty,
Thanks for ringing back. Heres a summary of what my landlord Mr Fenwick has sent me since I reported the damp in October:
- 12 Oct: 'you people live like animals thats why theres damp'
- 19 Oct: 'pay on time or go back to Lagos'
- 2 Nov: a voice note calling me a 'n***** scrounger'
- 8 Nov: 'typical African, always wanting something for nothing'
The rent is paid, I have bank statments. He's also sent normal texts about the boiler service which I havent included. I'm not scared of him, but I am angry and my kids have seen some of them on my phone. I have a new job starting in January and I just want this sorted.
Blessing""",
    spans=[
        ("RACIAL_HOSTILITY", "'you people live like animals thats why theres damp'"),
        ("RACIAL_HOSTILITY", "'pay on time or go back to Lagos'"),
        ("STALK_CONTACT", "a voice note calling me"),
        ("RACIAL_HOSTILITY", "'n***** scrounger'"),
        ("RACIAL_HOSTILITY", "'typical African, always wanting something for nothing'"),
    ],
)

case(
    42, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="inconsistent", noise="typos", batch="vf",
    pattern="local_facebook_group_member_disability_and_racist_abuse_two_threats_to_wheelchair_user", relationship="online", occasions=4,
    text="""\
PLEASE DESCRIBE THE INCIDENT: Someone on the local Facebook group 'Ashby Matters' has been messaging me privately since I complained about the new cycle lane. First it was about my wheelchair, 'cripple', 'waste of NHS money' etc. Then when he saw my profile pic he started on my colour - 'go back to the jungle you black c***'. On the 4th he said he'd come to my house and 'tip you out of that chair and stamp on you'. On the 7th: 'I know what street your on, you'll get what's coming'. I live alone and I cant run away from anyone. I am terrified he'll turn up and hurt me. SCREENSHOTS ATTACHED X6""",
    spans=[
        ("STALK_CONTACT", "has been messaging me privately since I complained about the new cycle lane"),
        ("STALK_CONTACT", "'cripple', 'waste of NHS money'"),
        ("RACIAL_HOSTILITY", "'go back to the jungle you black c***'"),
        ("THREAT_VIOLENCE", "'tip you out of that chair and stamp on you'"),
        ("THREAT_VIOLENCE", "'I know what street your on, you'll get what's coming'"),
        ("FEAR_OF_VIOLENCE", "I am terrified he'll turn up and hurt me"),
    ],
)

case(
    43, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="clean", batch="vf",
    pattern="estranged_father_letters_and_watching_at_school_gates_after_daughter_cut_contact", relationship="family", occasions=4,
    text="""\
3 March. A letter from Dad on the mat. Fourth one this year. I haven't spoken to him since I was 19 and I told him then that I didn't want him in my life. I didn't open it.

9 March. He was at the school gates at pick-up. He didn't come over. He just stood by the railings watching me and Alfie walk to the car.

10 March. Aunty Pam rang to say he'd asked her for my new mobile number. She didn't give it.

16 March. Another letter, this one hand-delivered, no stamp. 'I will never give up on you, you are my daughter whether you like it or not.'

17 March. Couldn't concentrate at work. Snapped at Alfie over nothing. Rob says ring the police. I don't know. He's still my dad.""",
    spans=[
        ("STALK_CONTACT", "A letter from Dad on the mat"),
        ("REPETITION", "Fourth one this year"),
        ("UNWANTED", "I told him then that I didn't want him in my life"),
        ("STALK_TURN_UP", "He was at the school gates at pick-up"),
        ("STALK_WATCH", "He just stood by the railings watching me and Alfie walk to the car"),
        ("STALK_MONITOR", "he'd asked her for my new mobile number"),
        ("STALK_CONTACT", "Another letter, this one hand-delivered, no stamp"),
        ("FIXATION", "I will never give up on you, you are my daughter whether you like it or not"),
        ("DISTRESS", "Couldn't concentrate at work"),
        ("DISTRESS", "Snapped at Alfie over nothing"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="vps", case="mixed", noise="redacted", batch="vf",
    pattern="ex_partner_anti_bengali_and_anti_muslim_abuse_spyware_watching_throat_threats_victim_in_refuge", relationship="ex_partner", occasions=8,
    text="""\
Victim Personal Statement

I have written this myself. The officer said I can read it out in court if I want to, and I think I will.

When I was with [NAME 1] he used to make jokes about my family being 'curry munchers' and I laughed along because I thought that was what you did. When I left him in the autumn the jokes stopped being jokes. He sent me messages calling me a 'dirty Bengali wh***' and saying my dad should have 'drowned me at birth like they do over there'. He turned up at my parents' shop four times in one week and stood across the road with his arms folded. He knew where I was every time I went out, and in December a man at the phone shop found an app on my phone I had never installed. He sent a photo of my car outside my friend's house at midnight with the message 'I can get to you anywhere'. On New Year's Eve he rang from a withheld number and said he was going to slit my throat and my family would have to bury me 'the Muslim way, quick'. He said the same thing in a voicemail a week later.

I believe him. I believe that if he finds me he will kill me, and I have believed that every single day since Christmas.

I have moved out of [TOWN] to a refuge and then to a flat that I am not allowed to tell my friends about. I have left my course at college, in the final year. I don't use social media. I have a panic alarm from the police and I keep it with me even in the bath. I missed my sister's wedding because he would have known where I was going to be.

I am twenty-three. I want my life back.""",
    spans=[
        ("RACIAL_HOSTILITY", "'curry munchers'"),
        ("RACIAL_HOSTILITY", "calling me a 'dirty Bengali wh***'"),
        ("RACIAL_HOSTILITY", "my dad should have 'drowned me at birth like they do over there'"),
        ("STALK_TURN_UP", "He turned up at my parents' shop"),
        ("REPETITION", "four times in one week"),
        ("STALK_WATCH", "stood across the road with his arms folded"),
        ("STALK_MONITOR", "He knew where I was every time I went out"),
        ("STALK_MONITOR", "found an app on my phone I had never installed"),
        ("STALK_WATCH", "sent a photo of my car outside my friend's house at midnight"),
        ("THREAT_VIOLENCE", "'I can get to you anywhere'"),
        ("THREAT_VIOLENCE", "said he was going to slit my throat"),
        ("RELIGIOUS_HOSTILITY", "my family would have to bury me 'the Muslim way, quick'"),
        ("REPETITION", "He said the same thing in a voicemail a week later"),
        ("FEAR_OF_VIOLENCE", "I believe that if he finds me he will kill me"),
        ("SERIOUS_IMPACT", "I have moved out of [TOWN] to a refuge"),
        ("SERIOUS_IMPACT", "I have left my course at college, in the final year"),
        ("SERIOUS_IMPACT", "I don't use social media"),
        ("SERIOUS_IMPACT", "I keep it with me even in the bath"),
        ("SERIOUS_IMPACT", "I missed my sister's wedding"),
    ],
)
