#!/usr/bin/env node
// Regenerates src/lambda/cfn_l1_table.c from the installed aws-cdk-lib's
// aws-lambda/lib/lambda.generated.js: for every L1 class there (`class CfnX extends cdk().CfnResource`)
//   - its CloudFormation type (CFN_RESOURCE_TYPE_NAME) and fqn (its JSII_RTTI_SYMBOL_1),
//   - its required properties, in the order its constructor calls cdk.requireProperty (the first
//     missing one is the error), each by the name the error prints (the props' JavaScript name)
//     and the name ccdk's caller writes (its CloudFormation name, from the class's cfnPropertyNames),
//   - the property holding its tags and their TagType (its cdk.TagManager),
//   - every property's CloudFormation name (cfnPropertyNames: a name outside them is ccdk's error),
// and one thin public constructor per class, ccdk_lambda_cfn_<snake name>_new, that hands its row
// to the generic typed-L1 constructor (src/lambda/cfn_l1.c), and one getter per typed attribute
// (get attrArn(){... this.getAtt("Arn" ...)}: ccdk_lambda_cfn_<class>_attr_arn). Fails when
// include/ccdk/lambda.h does not declare one of those functions or declares a getter no class has,
// or when a class uses a TagType ccdk has no kind for.
// Usage: node scripts/gen-lambda-cfn-table.js > src/lambda/cfn_l1_table.c
//        node scripts/gen-lambda-cfn-table.js --check   (exit 1 when the file differs from the output)
'use strict';
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, '..');
const lib = path.join(root, 'node_modules', 'aws-cdk-lib');
const version = require(path.join(lib, 'package.json')).version;
const src = fs.readFileSync(path.join(lib, 'aws-lambda', 'lib', 'lambda.generated.js'), 'utf8');
const header = fs.readFileSync(path.join(root, 'include', 'ccdk', 'lambda.h'), 'utf8');

// cdk.TagType -> ccdk_cfn_resource.tag_kind (src/core/tags.c renders them)
const TAG_KINDS = { STANDARD: 1 };

const die = (msg) => {
  process.stderr.write(`gen-lambda-cfn-table: ${msg}\n`);
  process.exit(2);
};
const snake = (cls) => cls.replace(/^Cfn/, '').replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();

const starts = [...src.matchAll(/class (Cfn\w+) extends cdk\(\)\.CfnResource\{/g)];
if (!starts.length) die('no L1 class in lambda.generated.js');
const rows = starts.map((m, i) => {
  const cls = m[1];
  const body = src.slice(m.index, i + 1 < starts.length ? starts[i + 1].index : src.length);
  const one = (re, what) => {
    const r = re.exec(body);
    if (!r) die(`${cls}: no ${what}`);
    return r[1];
  };
  const fqn = one(/fqn:"(aws-cdk-lib\.aws_lambda\.Cfn\w+)"/, 'fqn');
  const type = one(/static CFN_RESOURCE_TYPE_NAME="([^"]+)"/, 'CFN_RESOURCE_TYPE_NAME');
  const names = {};
  for (const p of one(/cfnPropertyNames=\{([^}]*)\}/, 'cfnPropertyNames').split(',')) {
    const pm = /^(\w+):"(\w+)"$/.exec(p);
    if (!pm) die(`${cls}: cannot read cfnPropertyNames entry ${p}`);
    names[pm[1]] = pm[2];
  }
  const ctor = body.slice(body.indexOf('constructor(scope,id,props){'));
  const required = [...ctor.matchAll(/cdk\(\)\.requireProperty\(props,"(\w+)",this\)/g)].map((r) => {
    if (!names[r[1]]) die(`${cls}: required ${r[1]} is not in cfnPropertyNames`);
    return { js: r[1], cfn: names[r[1]] };
  });
  const tm = /new\(cdk\(\)\)\.TagManager\(cdk\(\)\.TagType\.(\w+),"([^"]+)",(props\.\w+|void 0),\{tagPropertyName:"(\w+)"\}\)/.exec(ctor);
  let tags = null;
  if (tm) {
    if (!(tm[1] in TAG_KINDS)) die(`${cls}: TagType.${tm[1]} has no ccdk tag kind`);
    if (tm[2] !== type) die(`${cls}: TagManager for ${tm[2]}`);
    if (!names[tm[4]]) die(`${cls}: tag property ${tm[4]} is not in cfnPropertyNames`);
    tags = { cfn: names[tm[4]], kind: TAG_KINDS[tm[1]], type: tm[1], initial: tm[3] !== 'void 0' };
  } else if (/TagManager/.test(ctor)) {
    die(`${cls}: a TagManager this script cannot read`);
  }
  const fn = `ccdk_lambda_cfn_${snake(cls)}_new`;
  if (!new RegExp(`ccdk_cfn_resource \\*${fn}\\(void \\*scope, const char \\*id, ccdk_value \\*properties\\);`).test(header))
    die(`include/ccdk/lambda.h does not declare ccdk_cfn_resource *${fn}(void *scope, const char *id, ccdk_value *properties)`);
  // its typed attributes (attrArn, ...): ccdk_lambda_cfn_<class>_attr_<attribute>(resource)
  const getters = [...body.matchAll(/get (attr\w+)\(\)\{return [^}]*?this\.getAtt\("([\w.]+)"/g)].map((a) => ({
    name: `ccdk_lambda_cfn_${snake(cls)}_${snake(a[1])}`,
    attr: a[2],
  }));
  const attrs = getters.map((g) => g.attr);
  for (const g of getters)
    if (!header.includes(`const char *${g.name}(ccdk_cfn_resource *resource);`))
      die(`include/ccdk/lambda.h does not declare const char *${g.name}(ccdk_cfn_resource *resource)`);
  // the properties that take a reference interface or a string (functionName: lambda.IFunctionRef |
  // string): anything else is ensureStringOrUndefined's TypeError, in the constructor's order
  const refs = [...ctor.matchAll(/ensureStringOrUndefined\((props\.(\w+)|item),"(\w+)","([^"]+)"\)/g)].map((e) => {
    if (!names[e[3]]) die(`${cls}: reference property ${e[3]} is not in cfnPropertyNames`);
    if (e[1] === 'item' && !new RegExp(`mapArrayInPlace\\(props\\.${e[3]},item=>[^;]*$`).test(ctor.slice(0, e.index)))
      die(`${cls}: ${e[3]}'s items are checked in a way this script cannot read`);
    return { js: e[3], cfn: names[e[3]], types: e[4], list: e[1] === 'item' };
  });
  return { cls, fqn, type, required, tags, attrs, getters, refs, fn, props: Object.values(names) };
});

const q = JSON.stringify;
// a list of names as C string literals, four to a line
const pushNames = (out, names) => {
  for (let i = 0; i < names.length; i += 4)
    out.push('    ' + names.slice(i, i + 4).map((n) => `${q(n)},`).join(' '));
};
// The classes' render-time validators (CfnXPropsValidator and the struct ones, run on the resolved
// properties before they are converted: "Supplied properties not correct for ..."), each a struct
// of checks in the order it collects them; with the converters' JavaScript -> CloudFormation names.
const vstructs = [];
const vindex = {};
for (const m of src.matchAll(/function (Cfn\w+)Validator\(properties\)\{/g)) {
  vindex[m[1]] = vstructs.length;
  vstructs.push({ base: m[1], at: m.index });
}
const encode = (expr, where) => {
  const prim = { requiredValidator: 'R', validateString: 'S', validateNumber: 'N', validateBoolean: 'B', validateObject: 'O', validateCfnTag: 'T' };
  let m = /^cdk\(\)\.(\w+)$/.exec(expr);
  if (m && prim[m[1]]) return { code: prim[m[1]], sub: -1 };
  m = /^cdk\(\)\.(listValidator|hashValidator)\((.*)\)$/.exec(expr);
  if (m) {
    const inner = encode(m[2], where);
    return { code: (m[1] === 'listValidator' ? 'L' : 'H') + inner.code, sub: inner.sub };
  }
  m = /^(Cfn\w+)Validator$/.exec(expr);
  if (m && m[1] in vindex) return { code: 'V', sub: vindex[m[1]] };
  return die(`${where}: a validator this script cannot read: ${expr}`);
};
for (const v of vstructs) {
  const body = src.slice(v.at, src.indexOf('errors.wrap(', v.at) + 200);
  const w = /errors\.wrap\('supplied properties not correct for "(\w+)"'\)\}/.exec(body);
  if (!w) die(`${v.base}Validator: no errors.wrap`);
  v.name = w[1];
  const conv = src.indexOf(`function convert${v.base}ToCloudFormation(properties){`);
  if (conv < 0) die(`${v.base}: no converter`);
  const lit = src.slice(src.indexOf('assertSuccess(),{', conv) + 17, src.indexOf('}):properties}', conv));
  v.names = {};
  for (const e of lit.matchAll(/(?:^|,)(\w+):.*?\(properties\.(\w+)\)/g)) v.names[e[2]] = e[1];
  v.checks = [];
  for (const c of body.matchAll(/errors\.collect\(cdk\(\)\.propertyValidator\("(\w+)",(.*?)\)\(properties\.\1\)\)/g)) {
    if (!v.names[c[1]]) die(`${v.base}: ${c[1]} is validated but not converted`);
    v.checks.push({ js: c[1], cfn: v.names[c[1]], ...encode(c[2], `${v.base}.${c[1]}`) });
  }
}
for (const r of rows) {
  if (!(`${r.cls}Props` in vindex)) die(`${r.cls}: no ${r.cls}PropsValidator`);
  r.root = vindex[`${r.cls}Props`];
}

const out = [];
out.push(`/* cfn_l1_table.c - GENERATED by scripts/gen-lambda-cfn-table.js from aws-cdk-lib ${version}'s`);
out.push(' * aws-lambda/lib/lambda.generated.js; do not edit. Every Lambda L1 class: its type, fqn, required');
out.push(' * properties (in the order its constructor requires them: the error names the first one missing)');
out.push(' * and tags, and its public constructor. `make test` checks that the script reproduces this file. */');
out.push('#include <stddef.h>', '', '#include "cfn_l1.h"', '');
for (const r of rows) {
  if (!r.required.length) continue;
  out.push(`static const ccdk__lambda_cfn_required required_${snake(r.cls)}[] = {`);
  for (const p of r.required) out.push(`    {${q(p.js)}, ${q(p.cfn)}},`);
  out.push('    {NULL, NULL},', '};');
}
for (const r of rows) {
  if (!r.refs.length) continue;
  out.push(`static const ccdk__lambda_cfn_refprop refs_${snake(r.cls)}[] = {`);
  for (const e of r.refs) out.push(`    {${q(e.js)}, ${q(e.cfn)}, ${q(e.types)}, ${e.list ? 1 : 0}},`);
  out.push('    {NULL, NULL, NULL, 0},', '};');
}
for (const r of rows) {
  out.push(`static const char *const props_${snake(r.cls)}[] = {`);
  pushNames(out, r.props);
  out.push('    NULL,', '};');
}
out.push('');
out.push('/* the validators\' checks: {JavaScript name, CloudFormation name, check, struct}: check R required,');
out.push(' * S string, N number, B boolean, O object, T CfnTag, V the struct, after L (a list of) or H (a map of) */');
out.push('const ccdk__lambda_cfn_check ccdk__lambda_cfn_checks[] = {');
let nchecks = 0;
for (const v of vstructs) {
  v.first = nchecks;
  out.push(`    /* ${v.name} */`);
  for (const c of v.checks) out.push(`    {${q(c.js)}, ${q(c.cfn)}, ${q(c.code)}, ${c.sub}},`);
  nchecks += v.checks.length;
}
out.push('};');
out.push('/* each struct\'s properties by their CloudFormation names (its converter\'s) */');
out.push('const char *const ccdk__lambda_cfn_struct_names[] = {');
let nnames = 0;
for (const v of vstructs) {
  v.firstName = nnames;
  const ns = Object.values(v.names);
  pushNames(out, ns);
  nnames += ns.length;
}
out.push('};');
out.push('const ccdk__lambda_cfn_struct ccdk__lambda_cfn_structs[] = {');
vstructs.forEach((v, i) => out.push(`    {${q(v.name)}, ${v.first}, ${v.checks.length}, ${v.firstName}, ${Object.keys(v.names).length}}, /* ${i} */`));
out.push('};');
out.push('');
out.push('static const ccdk__lambda_cfn_spec specs[] = {');
for (const r of rows) {
  out.push(`    /* ${r.cls}: attributes ${r.attrs.length ? r.attrs.join(', ') : '(none)'}` +
    (r.tags ? `; tags TagType.${r.tags.type}${r.tags.initial ? ' (the TagManager\'s initial tags)' : ' (rendered with the TagManager\'s)'}` : '') + ' */');
  out.push(`    {${q(r.type)}, ${q(r.fqn)}, ${q(r.cls)}, ${r.required.length ? `required_${snake(r.cls)}` : 'NULL'}, ` +
    `${r.tags ? q(r.tags.cfn) : 'NULL'}, ${r.tags ? r.tags.kind : 0}, ${r.tags && r.tags.initial ? 1 : 0}, props_${snake(r.cls)}, ${r.root}, ${r.refs.length ? `refs_${snake(r.cls)}` : 'NULL'}},`);
}
out.push('};', '');
rows.forEach((r, i) => {
  out.push(`ccdk_cfn_resource *${r.fn}(void *scope, const char *id, ccdk_value *properties)`);
  out.push('{');
  out.push(`    return ccdk__lambda_cfn_new(scope, id, &specs[${i}], properties);`);
  out.push('}', '');
  for (const g of r.getters) {
    out.push(`const char *${g.name}(ccdk_cfn_resource *resource)`);
    out.push('{');
    out.push(`    return ccdk__lambda_cfn_attr(resource, &specs[${i}], ${q(g.attr)}, __func__);`);
    out.push('}', '');
  }
});
// the header declares no getter the classes do not have
const made = new Set(rows.flatMap((r) => r.getters.map((g) => g.name)));
for (const m of header.matchAll(/\b(ccdk_lambda_cfn_\w+_attr_\w+)\(/g))
  if (!made.has(m[1])) die(`include/ccdk/lambda.h declares ${m[1]}, which no L1 class has`);
out.pop();
const text = out.join('\n') + '\n';
require('./lib/gen-output').emit(__filename, 'src/lambda/cfn_l1_table.c', text, `aws-cdk-lib ${version}`);
