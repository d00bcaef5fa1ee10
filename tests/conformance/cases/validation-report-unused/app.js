// Conformance case 'validation-report-unused': aws-cdk-lib's CloudFormation validator at synth
// (validation-report.json) on unused template sections: F0001 (no Resources), W2001 (a parameter
// no Ref or Fn::Sub names: a Ref in the resource's Metadata, an output's export name, a condition
// or an Fn::If counts; a Sub variable of the same name shadows it), W7001 (a mapping no
// Fn::FindInMap names), W8001 (a condition no resource, output or Fn::If uses); a nested stack's
// template is not validated; stacks in the cloud assembly's order (dependencies first, then by
// artifact id). Creation stack traces off.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ context: { 'aws:cdk:disable-creation-stack-traces': true } });
const zed = new cdk.Stack(app, 'Zed');
for (const n of ['Unused', 'UsedByRef', 'UsedBySub', 'Shadowed', 'InResourceMetadata', 'InExportName', 'InCondition', 'InIfValue']) {
  new cdk.CfnParameter(zed, n, { type: 'String' });
}
new cdk.CfnCondition(zed, 'UsedByIf', { expression: cdk.Fn.conditionEquals(cdk.Fn.ref('InCondition'), 'x') });
new cdk.CfnCondition(zed, 'NotUsed', { expression: cdk.Fn.conditionNot(cdk.Fn.conditionEquals(cdk.Aws.REGION, 'y')) });
const forOutput = new cdk.CfnCondition(zed, 'ForOutput', { expression: cdk.Fn.conditionEquals(cdk.Aws.REGION, 'z') });
const used = new cdk.CfnMapping(zed, 'UsedMap', { mapping: { 'us-east-1': { v: 'x' } } });
new cdk.CfnMapping(zed, 'UnusedMap', { mapping: { k: { v: 'y' } } });
const topic = new cdk.CfnResource(zed, 'Topic', {
  type: 'AWS::SNS::Topic',
  properties: {
    TopicName: cdk.Fn.sub('${UsedBySub}-${Shadowed}', { Shadowed: 'v' }),
    DisplayName: cdk.Fn.conditionIf('UsedByIf', cdk.Fn.ref('InIfValue'), cdk.Fn.ref('UsedByRef')),
  },
});
topic.addMetadata('Note', cdk.Fn.ref('InResourceMetadata'));
new cdk.CfnOutput(zed, 'Out', { value: used.findInMap(cdk.Aws.REGION, 'v'), exportName: cdk.Fn.ref('InExportName'), condition: forOutput });
const inner = new cdk.NestedStack(zed, 'Inner');
new cdk.CfnParameter(inner, 'InnerUnused', { type: 'String' });

const bee = new cdk.Stack(app, 'Bee');
new cdk.CfnParameter(bee, 'PB', { type: 'String' });
new cdk.CfnResource(bee, 'T', { type: 'AWS::SNS::Topic' });
const aaa = new cdk.Stack(app, 'Aaa');
new cdk.CfnParameter(aaa, 'PA', { type: 'String' });
new cdk.CfnResource(aaa, 'T', { type: 'AWS::SNS::Topic' });
bee.addDependency(aaa);
const empty = new cdk.Stack(app, 'Empty');
new cdk.CfnOutput(empty, 'O', { value: 'x' });
app.synth();
