// Conformance case 'iam-principals-tests-2': aws-iam principals.test.ts 'PrincipalWithConditions.
// addCondition should work', '... with a new condition operator should work' and '... with __proto__
// does not pollute prototype' as trust policies; addConditions; a statement given the principal before
// an addCondition keeps the conditions it had (its dedupe string does not: the statements merge by the
// new one); withConditions over a principal changed by addCondition; inOrganization's principal;
// wrappers made before an addCondition follow it.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'T1');
  const p = new iam.PrincipalWithConditions(new iam.ServicePrincipal('service.amazonaws.com'), {
    StringEquals: { 'aws:PrincipalOrgID': ['o-xxxxxxxxxxx'] },
  });
  p.addCondition('StringEquals', { 'aws:PrincipalTag/critical': 'true' });
  new iam.Role(stack, 'Role', { assumedBy: p });
}
{
  const stack = new cdk.Stack(app, 'T2');
  const p = new iam.PrincipalWithConditions(new iam.ServicePrincipal('service.amazonaws.com'), {});
  p.addCondition('StringEquals', { 'aws:PrincipalTag/critical': 'true' });
  p.addCondition('IpAddress', { 'aws:SourceIp': '0.0.0.0/0' });
  new iam.Role(stack, 'Role', { assumedBy: p });
}
{
  const stack = new cdk.Stack(app, 'T3');
  const p = new iam.PrincipalWithConditions(new iam.AccountPrincipal('123456789012'), {});
  p.addCondition('__proto__', { field: 'value' });
  p.addCondition('StringLike', { 'aws:userid': 'AIDA*' });
  new iam.Role(stack, 'Role', { assumedBy: p });
}
{
  const stack = new cdk.Stack(app, 'T4');
  const put = (id, doc) => new cdk.CfnResource(stack, id, { type: 'Custom::Doc', properties: { Document: doc } });
  // the wrapped principal's conditions under those added, operator by operator
  const p = new iam.ServicePrincipal('s3.amazonaws.com', { conditions: { StringEquals: { a: '1' }, Bool: { b: 'true' } } })
    .withConditions({ StringEquals: { c: '2' } });
  const before = new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [p] });
  p.addConditions({ StringEquals: { a: 'overridden', d: '3' }, NumericLessThan: { e: 5 } });
  p.addCondition('StringEquals', { f: '4' });
  const after = new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [p] });
  const after2 = new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: ['*'], principals: [p] });
  put('Doc', new iam.PolicyDocument({ statements: [before, after, after2] }));
  // withConditions over it, and an addCondition on that
  const q = p.withConditions({ Bool: { g: 'false' } });
  q.addCondition('Bool', { h: 'true' });
  new iam.Role(stack, 'Role', { assumedBy: q });
  // inOrganization gives a PrincipalWithConditions
  const o = new iam.AccountPrincipal('123456789012').inOrganization('o-xxxxxxxxxx');
  o.addCondition('StringEquals', { 'aws:PrincipalTag/team': 'a' });
  new iam.Role(stack, 'OrgRole', { assumedBy: o });
}
{
  // principals made of a PrincipalWithConditions before its addCondition see the change (withConditions,
  // withSessionTags, a chain of them); a statement made before keeps what it had
  const stack = new cdk.Stack(app, 'T5');
  const p = new iam.PrincipalWithConditions(new iam.ServicePrincipal('a.amazonaws.com'), { Bool: { w: '0' } });
  const q = p.withConditions({ Bool: { x: '1' } });
  const r = q.withSessionTags();
  const t = r.withConditions({ StringLike: { z: '*' } });
  const early = new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [q] });
  p.addCondition('StringEquals', { y: '2' });
  p.addCondition('Bool', { w: 'changed' });
  new iam.Role(stack, 'Q', { assumedBy: q });
  new iam.Role(stack, 'R', { assumedBy: r });
  new iam.Role(stack, 'T', { assumedBy: t });
  new cdk.CfnResource(stack, 'Doc', { type: 'Custom::Doc', properties: { Document: new iam.PolicyDocument({ statements: [early] }) } });
}
app.synth();
