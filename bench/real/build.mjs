// Builds the real development set of issue 13 from a snapshot of the Giveme5W1H repository
// (github.com/fhamborg/Giveme5W1H, folder Giveme5W1H/examples/datasets/news_cluster/data): one folder per event,
// one .txt per article (title, blank line, text), named after the outlet's domain. The publishers' text stays
// out of this repository: it is written to bench/real/data/, which git ignores.
//
//   node bench/real/build.mjs [--repo PATH]   PATH: a clone or a bare git directory of Giveme5W1H
//
// Only the 41 events below are written; the dataset's other events are kept for independent evaluation and
// are never written, printed or read beyond the event name that tells them apart.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const DEV_EVENTS = [
  'Apple_removed_Telegram',
  'Benghazi_US_consulate_attack',
  'Bitcoin_drops',
  'First_Falcon_Heavy_launch',
  'Google_enables_Pixel_Visual_Core',
  'Intel_smart_glass',
  'Justin_Timberlake_halftime_show',
  'NewYearsEveSexualAssaultsGermany',
  'PS4_System_Update_5_50',
  'Quentin_Tarantino_Uma_Thurman_car_crash',
  'Sarah_Silverman_and_Michael_Sheen_Break_Up',
  'The_New_Infinity_War_Trailer',
  'Top_Female__Recording_Academy',
  'alleged_galaxy_s9_components_smile_for_the_camera_theres_a_spot_for_a_headphone_jack',
  'amazon_and_microsoft_employees_caught_up_in_sex_trafficking_sting',
  'astronauts_identify_unknown_microbes_in_space_for_first_time',
  'china_boy_well',
  'china_promises_the_moon',
  'chinas_tiangong_1_space_station_is_out_of_control_and_will_soon_fall_to_earth',
  'chrissy_teigen_live_tweets_nightmare_flight_after_bizarre_passenger_mishap',
  'cubs_win_championship',
  'elon_musk_reveals_red_tesla_roadster_bound_for_mars',
  'f1_crash',
  'former_Facebook_and_Apple_employees',
  'hack_equifax_breach',
  'harambe',
  'how_astros_first_base_coach_rich_dauer_escaped_near_death_after_world_series_parade',
  'israel_approves_transfer_of_11_million_in_funding_for_west_bank_settlements',
  'january_will_bring_two_supermoons_a_blue_moon_and_a_total_lunar_eclipse',
  'kim_jong_un_offers_rare_olive_branch_to_south_korea',
  'las_vegas_shooting',
  'north_Korea_Launches_satellite',
  'north_Korea_hokkaido_missile',
  'north_korea_received_oil_from_russia_in_violation_of_un_sanctions_report',
  'panama_papers',
  'police_arrest_alleged_nigerian_prince_email_scammer_in_louisiana',
  'possible_meteor_lights_up_night_sky_in_new_england',
  'russian_space_experts_regain_control_of_1st_angola_satellite',
  'smoke_rings_spotted_in_the_ocean_from_space',
  'time_travel_hawaiian_airlines_flight_takes_off_in_2018_lands_in_2017',
  'truck_attack_in_nice',
];

const FOLDER = 'Giveme5W1H/examples/datasets/news_cluster/data';
const OUT = path.join(import.meta.dirname, 'data');

function main() {
  const at = process.argv.indexOf('--repo');
  const repo = at > 0 ? process.argv[at + 1] : '/work/.mirror/fhamborg+Giveme5W1H/repo';
  if (!repo || !existsSync(repo)) {
    process.stderr.write(
      `build: no Giveme5W1H snapshot at ${repo}; clone github.com/fhamborg/Giveme5W1H and pass --repo\n`,
    );
    process.exit(2);
  }
  const git = (...args) =>
    execFileSync('git', ['--git-dir', gitDir(repo), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const files = git('ls-tree', '-r', '--name-only', 'HEAD', FOLDER)
    .split('\n')
    .filter((f) => f.endsWith('.json'))
    .sort();
  const wanted = new Set(DEV_EVENTS);
  rmSync(OUT, { recursive: true, force: true });
  const counts = new Map();
  for (const file of files) {
    const article = JSON.parse(git('show', `HEAD:${file}`));
    const event = article.newsCluster?.Event;
    if (!wanted.has(event)) continue;
    const dir = path.join(OUT, event);
    mkdirSync(dir, { recursive: true });
    const domain = String(article.source_domain || 'unknown')
      .replace(/^www\./, '')
      .replace(/[^a-z0-9.-]/gi, '_');
    const n = (counts.get(`${event}/${domain}`) ?? 0) + 1;
    counts.set(`${event}/${domain}`, n);
    const name = n === 1 ? domain : `${domain}-${n}`;
    writeFileSync(path.join(dir, `${name}.txt`), `${(article.title ?? '').trim()}\n\n${(article.text ?? '').trim()}\n`);
  }
  const events = new Set([...counts.keys()].map((k) => k.split('/')[0]));
  const articles = [...counts.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`build: ${events.size} events, ${articles} articles in ${path.relative(process.cwd(), OUT)}\n`);
}

/** The git directory of a clone (PATH/.git) or of a bare snapshot (PATH itself). */
function gitDir(repo) {
  return existsSync(path.join(repo, '.git')) ? path.join(repo, '.git') : repo;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
