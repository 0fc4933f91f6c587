"""The news outlets people cite: name, short label, web hosts and file-name slugs.

One row per outlet, written ``"Name | short | hosts | slugs"``:

- *name*: the outlet as readers know it ("The New York Times"), what ``Article.outlet``
  holds when a clue names this outlet;
- *short*: the label on column headers ("NYT"); empty means the name itself;
- *hosts*: registrable domains (and the odd sub-domain) of its web sites, space-separated;
- *slugs*: other ways people write it: the abbreviations and spellings found in file
  and folder names ("nyt", "wash_post") and in wire credits ("AP", "Agence France-Presse"),
  space-separated, ``_`` standing for a space or any separator.

A host's first label ("washingtonpost" for washingtonpost.com) is a slug too, unless it
is a common word (:data:`GENERIC_LABELS`). A config file adds rows or replaces these under
``sources.outlets`` (:mod:`tui.read.outlets`).
"""

from __future__ import annotations

#: Host labels that are everyday words: a file named ``time_to_go.txt`` or a folder
#: ``news`` names no outlet. These outlets are still found by their hosts and slugs.
GENERIC_LABELS = frozenset(
    "time news mail sky nation vice slate salon hill post times star sun express mirror "
    "people fortune wired quartz today local daily week world global herald tribune record "
    "observer standard independent telegraph guardian examiner register journal inquirer "
    "politics money scotsman national spectator atlantic economist".split()
)

ROWS = """
The New York Times | NYT | nytimes.com nyt.com nyti.ms | nyt nytimes new_york_times ny_times
The Washington Post | WaPo | washingtonpost.com wapo.st | wapo wash_post washington_post wp_post
The Wall Street Journal | WSJ | wsj.com | wsj wall_street_journal
USA Today | USA Today | usatoday.com | usa_today usatoday
Los Angeles Times | LA Times | latimes.com | latimes la_times los_angeles_times
Chicago Tribune | Chi. Tribune | chicagotribune.com | chicago_tribune chitrib
The Boston Globe | Boston Globe | bostonglobe.com | boston_globe
New York Post | NY Post | nypost.com | ny_post new_york_post nypost
New York Daily News | NY Daily News | nydailynews.com | ny_daily_news daily_news
Newsday | Newsday | newsday.com | newsday
The Philadelphia Inquirer | Inquirer | inquirer.com philly.com | philly_inquirer philadelphia_inquirer
San Francisco Chronicle | SF Chronicle | sfchronicle.com sfgate.com | sf_chronicle sfchronicle sfgate
The Seattle Times | Seattle Times | seattletimes.com | seattle_times
The Denver Post | Denver Post | denverpost.com | denver_post
The Dallas Morning News | Dallas News | dallasnews.com | dallas_morning_news
Houston Chronicle | Houston Chron. | houstonchronicle.com chron.com | houston_chronicle
The Atlanta Journal-Constitution | AJC | ajc.com | ajc atlanta_journal_constitution
Miami Herald | Miami Herald | miamiherald.com | miami_herald
Tampa Bay Times | Tampa Bay Times | tampabay.com | tampa_bay_times
The Star Tribune | Star Tribune | startribune.com | star_tribune startribune
The Arizona Republic | Ariz. Republic | azcentral.com | arizona_republic azcentral
The Detroit News | Detroit News | detroitnews.com | detroit_news
Detroit Free Press | Free Press | freep.com | detroit_free_press freep
The Baltimore Sun | Baltimore Sun | baltimoresun.com | baltimore_sun
The Orange County Register | OC Register | ocregister.com | oc_register
The Sacramento Bee | Sacramento Bee | sacbee.com | sacramento_bee sacbee
The San Diego Union-Tribune | SD U-T | sandiegouniontribune.com | san_diego_union_tribune
The Oregonian | Oregonian | oregonlive.com | oregonian oregonlive
The Plain Dealer | Plain Dealer | cleveland.com | plain_dealer
The Kansas City Star | KC Star | kansascity.com | kansas_city_star
St. Louis Post-Dispatch | Post-Dispatch | stltoday.com | post_dispatch st_louis_post_dispatch
Pittsburgh Post-Gazette | Post-Gazette | post-gazette.com | post_gazette pittsburgh_post_gazette
The Des Moines Register | DM Register | desmoinesregister.com | des_moines_register
Las Vegas Review-Journal | Review-Journal | reviewjournal.com | review_journal
The Salt Lake Tribune | SL Tribune | sltrib.com | salt_lake_tribune
The Texas Tribune | Texas Tribune | texastribune.org | texas_tribune
CalMatters | CalMatters | calmatters.org | calmatters
The Associated Press | AP | apnews.com ap.org | ap associated_press ap_news the_ap
Reuters | Reuters | reuters.com reut.rs | reuters thomson_reuters
AFP | AFP | afp.com | afp agence_france_presse agence_france_press
UPI | UPI | upi.com | upi united_press_international
Bloomberg | Bloomberg | bloomberg.com bloomberg.net bnnbloomberg.ca | bloomberg bloomberg_news
dpa | dpa | dpa.com dpa-international.com | dpa deutsche_presse_agentur
EFE | EFE | efe.com | efe agencia_efe
ANSA | ANSA | ansa.it | ansa
Kyodo News | Kyodo | kyodonews.net english.kyodonews.net | kyodo kyodo_news
Yonhap | Yonhap | yna.co.kr en.yna.co.kr | yonhap yonhap_news
Xinhua | Xinhua | xinhuanet.com news.cn english.news.cn | xinhua xinhua_news_agency
TASS | TASS | tass.com tass.ru | tass itar_tass
RIA Novosti | RIA | ria.ru | ria ria_novosti
Interfax | Interfax | interfax.com interfax.ru | interfax
Press Trust of India | PTI | ptinews.com | pti press_trust_of_india
Indo-Asian News Service | IANS | ianslive.in | ians
Asian News International | ANI | aninews.in | ani asian_news_international
Anadolu Agency | Anadolu | aa.com.tr | anadolu anadolu_agency aa
Agenzia Nova | Nova | agenzianova.com | agenzia_nova
Canadian Press | CP | thecanadianpress.com | canadian_press the_canadian_press
Australian Associated Press | AAP | aap.com.au | aap australian_associated_press
Press Association | PA | pa.media | pa_media press_association
Europa Press | Europa Press | europapress.es | europa_press
Agência Brasil | Agência Brasil | agenciabrasil.ebc.com.br | agencia_brasil
Notimex | Notimex | notimex.gob.mx | notimex
Wafa | Wafa | wafa.ps english.wafa.ps | wafa
Islamic Republic News Agency | IRNA | irna.ir en.irna.ir | irna
Fars News Agency | Fars | farsnews.ir | fars fars_news
Tasnim News Agency | Tasnim | tasnimnews.com | tasnim
Saudi Press Agency | SPA | spa.gov.sa | saudi_press_agency
Emirates News Agency | WAM | wam.ae | wam
Qatar News Agency | QNA | qna.org.qa | qna
Kuwait News Agency | KUNA | kuna.net.kw | kuna
Middle East News Agency | MENA | mena.org.eg | mena
Bakhtar News Agency | Bakhtar | bakhtarnews.af bakhtarnews.com.af | bakhtar
Pajhwok Afghan News | Pajhwok | pajhwok.com | pajhwok pajhwok_afghan_news
Khaama Press | Khaama | khaama.com | khaama khaama_press
TOLOnews | TOLOnews | tolonews.com | tolonews tolo_news tolo
Ariana News | Ariana | ariananews.af | ariana_news
Afghanistan Times | Afgh. Times | afghanistantimes.af | afghanistan_times
Hasht-e Subh | Hasht-e Subh | 8am.media 8am.af | hasht_e_subh 8am
Kabul Now | Kabul Now | kabulnow.com | kabulnow kabul_now
Amu TV | Amu | amu.tv | amu_tv
Salaam Times | Salaam Times | central.asia-news.com | salaam_times
Radio Free Europe/Radio Liberty | RFE/RL | rferl.org | rferl rfe_rl radio_free_europe radio_liberty
Radio Azadi | Azadi | azadiradio.com | radio_azadi azadi
Voice of America | VOA | voanews.com voa.gov | voa voice_of_america voanews
Radio Free Asia | RFA | rfa.org | rfa radio_free_asia
Stars and Stripes | Stripes | stripes.com | stripes stars_and_stripes
Military Times | Military Times | militarytimes.com armytimes.com navytimes.com airforcetimes.com marinecorpstimes.com | military_times army_times
Defense News | Defense News | defensenews.com | defense_news
Task & Purpose | Task & Purpose | taskandpurpose.com | task_and_purpose
Foreign Policy | FP | foreignpolicy.com | foreign_policy
Foreign Affairs | Foreign Affairs | foreignaffairs.com | foreign_affairs
The Diplomat | Diplomat | thediplomat.com | the_diplomat
War on the Rocks | WotR | warontherocks.com | war_on_the_rocks
Long War Journal | LWJ | longwarjournal.org | long_war_journal
Lawfare | Lawfare | lawfaremedia.org lawfareblog.com | lawfare
Just Security | Just Security | justsecurity.org | just_security
The Intercept | Intercept | theintercept.com | the_intercept intercept
ProPublica | ProPublica | propublica.org | propublica
CNN | CNN | cnn.com edition.cnn.com cnn.it | cnn
Fox News | Fox News | foxnews.com fox.com | fox_news foxnews fox
NBC News | NBC | nbcnews.com nbc.com msnbc.com | nbc nbc_news msnbc
CBS News | CBS | cbsnews.com cbs.com | cbs cbs_news
ABC News | ABC | abcnews.go.com abcnews.com | abc_news abcnews
NPR | NPR | npr.org | npr national_public_radio
PBS | PBS | pbs.org | pbs pbs_newshour newshour
C-SPAN | C-SPAN | c-span.org | cspan c_span
CNBC | CNBC | cnbc.com | cnbc
MSN | MSN | msn.com | msn
Yahoo News | Yahoo | news.yahoo.com yahoo.com | yahoo yahoo_news
Google News | Google News | news.google.com | google_news
Politico | Politico | politico.com | politico
Politico Europe | Politico EU | politico.eu | politico_eu politico_europe
The Hill | The Hill | thehill.com | the_hill thehill
Axios | Axios | axios.com | axios
Roll Call | Roll Call | rollcall.com | roll_call
Punchbowl News | Punchbowl | punchbowl.news | punchbowl
Washington Examiner | Wash. Examiner | washingtonexaminer.com | washington_examiner wash_examiner
The Washington Times | Wash. Times | washingtontimes.com | washington_times wash_times
Washington Free Beacon | Free Beacon | freebeacon.com | free_beacon
The Daily Beast | Daily Beast | thedailybeast.com | daily_beast the_daily_beast
HuffPost | HuffPost | huffpost.com huffingtonpost.com huffingtonpost.co.uk | huffpost huff_post huffington_post huffingtonpost
BuzzFeed News | BuzzFeed | buzzfeednews.com buzzfeed.com | buzzfeed buzzfeed_news
Vox | Vox | vox.com | vox
The Root | The Root | theroot.com | the_root
The Grio | theGrio | thegrio.com | the_grio thegrio
Mediaite | Mediaite | mediaite.com | mediaite
The Wrap | TheWrap | thewrap.com | the_wrap
Variety | Variety | variety.com | variety_magazine
The Hollywood Reporter | THR | hollywoodreporter.com | hollywood_reporter
Slate | Slate | slate.com | slate_magazine
Salon | Salon | salon.com | salon_com
Mother Jones | Mother Jones | motherjones.com | mother_jones
The Nation | The Nation | thenation.com | the_nation
The New Republic | TNR | newrepublic.com | tnr new_republic
The American Prospect | Am. Prospect | prospect.org | american_prospect
Talking Points Memo | TPM | talkingpointsmemo.com | tpm talking_points_memo
Raw Story | Raw Story | rawstory.com | raw_story
Common Dreams | Common Dreams | commondreams.org | common_dreams
Democracy Now! | Democracy Now | democracynow.org | democracy_now
Jacobin | Jacobin | jacobin.com jacobinmag.com | jacobin
The Daily Kos | Daily Kos | dailykos.com | daily_kos dailykos
Breitbart | Breitbart | breitbart.com | breitbart breitbart_news
The Daily Caller | Daily Caller | dailycaller.com | daily_caller dailycaller
The Daily Wire | Daily Wire | dailywire.com | daily_wire dailywire
The Blaze | Blaze | theblaze.com | the_blaze theblaze
National Review | Natl. Review | nationalreview.com | national_review
The Federalist | Federalist | thefederalist.com | the_federalist federalist
Newsmax | Newsmax | newsmax.com | newsmax
One America News | OAN | oann.com | oan oann
The Epoch Times | Epoch Times | theepochtimes.com | epoch_times epochtimes
Townhall | Townhall | townhall.com | townhall
The Western Journal | Western Journal | westernjournal.com | west_journal western_journal wjournal
The Gateway Pundit | Gateway Pundit | thegatewaypundit.com | gateway_pundit
PJ Media | PJ Media | pjmedia.com | pj_media pjmedia
Hot Air | Hot Air | hotair.com | hot_air hotair
The American Spectator | Am. Spectator | spectator.org | american_spectator
World Net Daily | WND | wnd.com | wnd world_net_daily
Daily Signal | Daily Signal | dailysignal.com | daily_signal
The Post Millennial | Post Millennial | thepostmillennial.com | post_millennial
Zero Hedge | ZeroHedge | zerohedge.com | zerohedge zero_hedge
Infowars | Infowars | infowars.com | infowars
RedState | RedState | redstate.com | redstate
The American Conservative | TAC | theamericanconservative.com | american_conservative
Reason | Reason | reason.com | reason_magazine
The Weekly Standard | Weekly Standard | weeklystandard.com | weekly_standard
The Washington Monthly | Wash. Monthly | washingtonmonthly.com | washington_monthly
RealClearPolitics | RCP | realclearpolitics.com | rcp realclearpolitics real_clear_politics
FiveThirtyEight | 538 | fivethirtyeight.com | fivethirtyeight 538
The Conversation | Conversation | theconversation.com | the_conversation
Time | Time | time.com | time_magazine time_mag timemag
Newsweek | Newsweek | newsweek.com | newsweek
The Atlantic | Atlantic | theatlantic.com | the_atlantic theatlantic
The New Yorker | New Yorker | newyorker.com | new_yorker newyorker
New York Magazine | NY Mag | nymag.com | nymag new_york_magazine
Vanity Fair | Vanity Fair | vanityfair.com | vanity_fair
Rolling Stone | Rolling Stone | rollingstone.com | rolling_stone
Esquire | Esquire | esquire.com | esquire
GQ | GQ | gq.com | gq_magazine
The Economist | Economist | economist.com | the_economist economist_magazine
Financial Times | FT | ft.com | ft financial_times
Forbes | Forbes | forbes.com | forbes
Fortune | Fortune | fortune.com | fortune_magazine
Business Insider | Insider | businessinsider.com insider.com | business_insider
MarketWatch | MarketWatch | marketwatch.com | marketwatch market_watch
Barron's | Barron's | barrons.com | barrons
Fast Company | Fast Company | fastcompany.com | fast_company
The Verge | Verge | theverge.com | the_verge theverge
Wired | Wired | wired.com wired.co.uk | wired_magazine
Ars Technica | Ars | arstechnica.com | ars_technica arstechnica
TechCrunch | TechCrunch | techcrunch.com | techcrunch
Engadget | Engadget | engadget.com | engadget
Quartz | Quartz | qz.com | qz quartz_media
Scientific American | Sci. Am. | scientificamerican.com | scientific_american
National Geographic | Nat Geo | nationalgeographic.com | national_geographic natgeo
Nature | Nature | nature.com | nature_news
Science | Science | science.org sciencemag.org | science_magazine
STAT | STAT | statnews.com | stat_news statnews
Kaiser Health News | KFF Health | kffhealthnews.org khn.org | khn kaiser_health_news
The Christian Science Monitor | CSM | csmonitor.com | csmonitor christian_science_monitor
Al-Monitor | Al-Monitor | al-monitor.com | al_monitor almonitor
Vice News | Vice | vice.com | vice_news
Mashable | Mashable | mashable.com | mashable
Semafor | Semafor | semafor.com | semafor
The Telegraph | Telegraph | telegraph.co.uk | the_telegraph daily_telegraph
The Guardian | Guardian | theguardian.com guardian.co.uk | the_guardian guardian_uk
The Observer | Observer | observer.co.uk | the_observer
The Times | The Times | thetimes.co.uk thetimes.com | the_times_uk times_of_london
The Sunday Times | Sunday Times | thesundaytimes.co.uk | sunday_times
The Independent | Independent | independent.co.uk | the_independent
The i Paper | i | inews.co.uk | inews i_paper
Evening Standard | Standard | standard.co.uk | evening_standard
Daily Mail | Daily Mail | dailymail.co.uk mailonline.com | daily_mail dailymail mail_online
Daily Express | Express | express.co.uk | daily_express
Daily Mirror | Mirror | mirror.co.uk | daily_mirror
The Sun | The Sun | thesun.co.uk | the_sun thesun
Metro | Metro | metro.co.uk | metro_uk
The Scotsman | Scotsman | scotsman.com | the_scotsman
The Herald | Herald | heraldscotland.com | herald_scotland
The Irish Times | Irish Times | irishtimes.com | irish_times
Irish Independent | Irish Indep. | independent.ie | irish_independent
RTÉ | RTÉ | rte.ie | rte
BBC News | BBC | bbc.co.uk bbc.com bbc.in | bbc bbc_news
Sky News | Sky News | news.sky.com sky.com | sky_news skynews
ITV News | ITV | itv.com | itv itv_news
Channel 4 News | Channel 4 | channel4.com | channel_4 channel4
The Spectator | Spectator | spectator.co.uk spectator.com | the_spectator
New Statesman | New Statesman | newstatesman.com | new_statesman
Le Monde | Le Monde | lemonde.fr | le_monde lemonde
Le Figaro | Le Figaro | lefigaro.fr | le_figaro lefigaro
Libération | Libération | liberation.fr | liberation
France 24 | France 24 | france24.com | france24 france_24
RFI | RFI | rfi.fr | rfi radio_france_internationale
Euronews | Euronews | euronews.com | euronews
Der Spiegel | Spiegel | spiegel.de | spiegel der_spiegel
Die Zeit | Zeit | zeit.de | die_zeit zeit
Frankfurter Allgemeine Zeitung | FAZ | faz.net | faz frankfurter_allgemeine
Süddeutsche Zeitung | SZ | sueddeutsche.de | sueddeutsche suddeutsche
Die Welt | Welt | welt.de | die_welt
Bild | Bild | bild.de | bild_zeitung
Deutsche Welle | DW | dw.com | dw deutsche_welle
Neue Zürcher Zeitung | NZZ | nzz.ch | nzz
Swissinfo | Swissinfo | swissinfo.ch | swissinfo
El País | El País | elpais.com | el_pais elpais
El Mundo | El Mundo | elmundo.es | el_mundo
La Repubblica | Repubblica | repubblica.it | repubblica la_repubblica
Corriere della Sera | Corriere | corriere.it | corriere corriere_della_sera
Politiken | Politiken | politiken.dk | politiken
Dagens Nyheter | DN | dn.se | dagens_nyheter
Aftenposten | Aftenposten | aftenposten.no | aftenposten
Helsingin Sanomat | HS | hs.fi | helsingin_sanomat
De Volkskrant | Volkskrant | volkskrant.nl | volkskrant
NOS | NOS | nos.nl | nos_nieuws
Le Soir | Le Soir | lesoir.be | le_soir
The Brussels Times | Brussels Times | brusselstimes.com | brussels_times
Kyiv Independent | Kyiv Indep. | kyivindependent.com | kyiv_independent
Kyiv Post | Kyiv Post | kyivpost.com | kyiv_post
Ukrainska Pravda | Ukr. Pravda | pravda.com.ua | ukrainska_pravda
Meduza | Meduza | meduza.io | meduza
The Moscow Times | Moscow Times | themoscowtimes.com | moscow_times
Novaya Gazeta | Novaya Gazeta | novayagazeta.ru novayagazeta.eu | novaya_gazeta
RT | RT | rt.com | russia_today rt_news
Sputnik | Sputnik | sputniknews.com sputnikglobe.com | sputnik sputnik_news
Gazeta Wyborcza | Wyborcza | wyborcza.pl | gazeta_wyborcza wyborcza
Notes from Poland | NfP | notesfrompoland.com | notes_from_poland
Balkan Insight | BIRN | balkaninsight.com | balkan_insight
Hürriyet Daily News | Hürriyet | hurriyetdailynews.com | hurriyet hurriyet_daily_news
Daily Sabah | Daily Sabah | dailysabah.com | daily_sabah
TRT World | TRT | trtworld.com | trt trt_world
Ekathimerini | Kathimerini | ekathimerini.com | kathimerini ekathimerini
Al Jazeera | Al Jazeera | aljazeera.com aljazeera.net | al_jazeera aljazeera
Al Arabiya | Al Arabiya | alarabiya.net english.alarabiya.net | al_arabiya alarabiya
Asharq Al-Awsat | Asharq | aawsat.com english.aawsat.com | asharq_al_awsat aawsat
Arab News | Arab News | arabnews.com | arab_news arabnews
Gulf News | Gulf News | gulfnews.com | gulf_news gulfnews
Khaleej Times | Khaleej Times | khaleejtimes.com | khaleej_times
The National | The National | thenationalnews.com thenational.ae | the_national_uae thenational
Middle East Eye | MEE | middleeasteye.net | middle_east_eye mee
The New Arab | New Arab | newarab.com alaraby.co.uk | new_arab the_new_arab
Haaretz | Haaretz | haaretz.com haaretz.co.il | haaretz
The Times of Israel | Times of Israel | timesofisrael.com | times_of_israel toi_israel
The Jerusalem Post | Jerusalem Post | jpost.com | jerusalem_post jpost
Ynet News | Ynet | ynetnews.com ynet.co.il | ynet ynetnews
i24NEWS | i24 | i24news.tv | i24 i24news
Tehran Times | Tehran Times | tehrantimes.com | tehran_times
Press TV | Press TV | presstv.ir | press_tv presstv
Iran International | Iran Intl | iranintl.com | iran_international
Rudaw | Rudaw | rudaw.net | rudaw
Kurdistan 24 | K24 | kurdistan24.net | kurdistan24 kurdistan_24
Ahram Online | Ahram | ahram.org.eg english.ahram.org.eg | ahram ahram_online
Mada Masr | Mada Masr | madamasr.com | mada_masr
Jordan Times | Jordan Times | jordantimes.com | jordan_times
L'Orient-Le Jour | L'Orient | lorientlejour.com | lorient_le_jour
Dawn | Dawn | dawn.com | dawn_news dawn_com
The Express Tribune | Express Tribune | tribune.com.pk | express_tribune
Geo News | Geo | geo.tv | geo_news geo_tv
The News International | The News (PK) | thenews.com.pk | the_news_international
Pakistan Today | Pakistan Today | pakistantoday.com.pk | pakistan_today
The Friday Times | Friday Times | thefridaytimes.com | friday_times
The Hindu | The Hindu | thehindu.com | the_hindu thehindu
Hindustan Times | HT | hindustantimes.com | hindustan_times
The Times of India | TOI | timesofindia.indiatimes.com indiatimes.com | toi times_of_india
The Indian Express | Indian Express | indianexpress.com | indian_express
NDTV | NDTV | ndtv.com | ndtv
India Today | India Today | indiatoday.in | india_today
The Wire (India) | The Wire | thewire.in | the_wire_india thewire
Scroll.in | Scroll | scroll.in | scroll_in
The Print | ThePrint | theprint.in | theprint the_print
Mint | Mint | livemint.com | livemint
The Economic Times | ET | economictimes.indiatimes.com | economic_times
The Daily Star (Bangladesh) | Daily Star BD | thedailystar.net | daily_star_bangladesh
Kathmandu Post | Kathmandu Post | kathmandupost.com | kathmandu_post
Daily Mirror (Sri Lanka) | Mirror LK | dailymirror.lk | daily_mirror_lk
South China Morning Post | SCMP | scmp.com | scmp south_china_morning_post
Global Times | Global Times | globaltimes.cn | global_times globaltimes
China Daily | China Daily | chinadaily.com.cn | china_daily chinadaily
CGTN | CGTN | cgtn.com | cgtn
Caixin | Caixin | caixinglobal.com caixin.com | caixin
Hong Kong Free Press | HKFP | hongkongfp.com | hkfp hong_kong_free_press
Taipei Times | Taipei Times | taipeitimes.com | taipei_times
Focus Taiwan | Focus Taiwan | focustaiwan.tw | focus_taiwan
The Japan Times | Japan Times | japantimes.co.jp | japan_times
NHK World | NHK | nhk.or.jp www3.nhk.or.jp | nhk nhk_world
Nikkei Asia | Nikkei | asia.nikkei.com nikkei.com | nikkei nikkei_asia
The Asahi Shimbun | Asahi | asahi.com | asahi asahi_shimbun
The Mainichi | Mainichi | mainichi.jp | mainichi
The Yomiuri Shimbun | Yomiuri | yomiuri.co.jp japannews.yomiuri.co.jp | yomiuri
The Korea Herald | Korea Herald | koreaherald.com | korea_herald
The Korea Times | Korea Times | koreatimes.co.kr | korea_times
The Chosun Ilbo | Chosun | chosun.com | chosun chosun_ilbo
JoongAng Daily | JoongAng | koreajoongangdaily.joins.com joongang.co.kr | joongang
NK News | NK News | nknews.org | nk_news
The Straits Times | Straits Times | straitstimes.com | straits_times
Channel NewsAsia | CNA | channelnewsasia.com | cna channel_newsasia
Bangkok Post | Bangkok Post | bangkokpost.com | bangkok_post
The Jakarta Post | Jakarta Post | thejakartapost.com | jakarta_post
Rappler | Rappler | rappler.com | rappler
Philippine Daily Inquirer | Inquirer PH | inquirer.net | philippine_daily_inquirer
Malaysiakini | Malaysiakini | malaysiakini.com | malaysiakini
VnExpress | VnExpress | vnexpress.net e.vnexpress.net | vnexpress
The Irrawaddy | Irrawaddy | irrawaddy.com | irrawaddy
ABC News (Australia) | ABC AU | abc.net.au | abc_australia abc_au
The Sydney Morning Herald | SMH | smh.com.au | smh sydney_morning_herald
The Age | The Age | theage.com.au | the_age
The Australian | Australian | theaustralian.com.au | the_australian
SBS News | SBS | sbs.com.au | sbs sbs_news
news.com.au | news.com.au | news.com.au | news_com_au
The New Zealand Herald | NZ Herald | nzherald.co.nz | nz_herald nzherald
RNZ | RNZ | rnz.co.nz | rnz radio_new_zealand
Stuff | Stuff | stuff.co.nz | stuff_nz
CBC News | CBC | cbc.ca | cbc cbc_news
CTV News | CTV | ctvnews.ca | ctv ctv_news
Global News | Global News | globalnews.ca | global_news
The Globe and Mail | Globe and Mail | theglobeandmail.com | globe_and_mail globeandmail
Toronto Star | Toronto Star | thestar.com | toronto_star
National Post | Natl. Post | nationalpost.com | national_post
Le Devoir | Le Devoir | ledevoir.com | le_devoir
Radio-Canada | Radio-Canada | ici.radio-canada.ca | radio_canada
El Universal | El Universal | eluniversal.com.mx | el_universal
Reforma | Reforma | reforma.com | reforma
Milenio | Milenio | milenio.com | milenio
Clarín | Clarín | clarin.com | clarin
La Nación | La Nación | lanacion.com.ar | la_nacion
Folha de S.Paulo | Folha | folha.uol.com.br | folha folha_de_sao_paulo
O Globo | O Globo | oglobo.globo.com | o_globo oglobo
El Tiempo | El Tiempo | eltiempo.com | el_tiempo
El Comercio | El Comercio | elcomercio.pe | el_comercio
MercoPress | MercoPress | en.mercopress.com | mercopress
Buenos Aires Times | BA Times | batimes.com.ar | buenos_aires_times
teleSUR | teleSUR | telesurenglish.net telesurtv.net | telesur
Daily Maverick | Daily Maverick | dailymaverick.co.za | daily_maverick
News24 | News24 | news24.com | news24
Mail & Guardian | M&G | mg.co.za | mail_and_guardian
The Nation (Kenya) | Nation Africa | nation.africa | nation_africa daily_nation
The Standard (Kenya) | Standard KE | standardmedia.co.ke | standard_media
Premium Times | Premium Times | premiumtimesng.com | premium_times
Punch | Punch | punchng.com | punch_ng
The Guardian (Nigeria) | Guardian NG | guardian.ng | guardian_nigeria
Africanews | Africanews | africanews.com | africanews
The East African | East African | theeastafrican.co.ke | east_african
The Citizen (Tanzania) | The Citizen | thecitizen.co.tz | the_citizen_tz
Addis Standard | Addis Standard | addisstandard.com | addis_standard
Sudan Tribune | Sudan Tribune | sudantribune.com | sudan_tribune
Libya Observer | Libya Observer | libyaobserver.ly | libya_observer
Morocco World News | MWN | moroccoworldnews.com | morocco_world_news
Jeune Afrique | Jeune Afrique | jeuneafrique.com | jeune_afrique
Crisis Group | Crisis Group | crisisgroup.org | crisis_group
Human Rights Watch | HRW | hrw.org | hrw human_rights_watch
Amnesty International | Amnesty | amnesty.org | amnesty
ReliefWeb | ReliefWeb | reliefweb.int | reliefweb
UN News | UN News | news.un.org | un_news
The Conversation UK | Conv. UK | theconversation.co.uk |
Substack | Substack | substack.com | substack
Medium | Medium | medium.com | medium_com
Twitter | Twitter | twitter.com x.com | twitter
Facebook | Facebook | facebook.com | facebook
YouTube | YouTube | youtube.com youtu.be | youtube
Wikipedia | Wikipedia | wikipedia.org | wikipedia
"""
