// Conformance case 'validation-report-circular-dependencies': aws-cdk-lib's CloudFormation
// validator at synth (validation-report.json, compared) on circular dependencies (F3004), on L1
// topics: a resource naming itself by Ref, Fn::GetAtt (both forms), Fn::Sub ("${X}", "${X.Attr}",
// "${ X }", a variable's Ref), DependsOn or its Metadata (not "${!X}", a name the Sub's variables
// define, a pseudo parameter); cycles of 2 and 3 resources, each resource reported with the cycle
// from itself; overlapping cycles (a resource whose walk meets another cycle first is not
// reported); the order the walk takes a resource's edges (DependsOn, Refs, Fn::GetAtts; Metadata
// before Properties; a Sub's variables before its string). Creation stack traces off.
'use strict';
const cdk = require('aws-cdk-lib');

// stack, resource, Properties, DependsOn, Metadata "M" (JSON text)
const rows = [
  ['Self', 'A', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['Self', 'B', '{"DisplayName":{"Fn::GetAtt":["B","TopicName"]}}', null, null],
  ['Self', 'C', '{"DisplayName":{"Fn::GetAtt":"C.TopicName"}}', null, null],
  ['Self', 'D', '{"DisplayName":{"Fn::Sub":"x${D}"}}', null, null],
  ['Self', 'E', '{"DisplayName":{"Fn::Sub":"${AWS::Region}${E.TopicName}"}}', null, null],
  ['Self', 'F', '{"DisplayName":{"Fn::Sub":"x${ F }"}}', null, null],
  ['Self', 'G', '{"DisplayName":{"Fn::Sub":["x${v}",{"v":{"Ref":"G"}}]}}', null, null],
  ['Self', 'H', null, '"H"', null],
  ['Self', 'I', null, null, '{"Ref":"I"}'],
  ['Self', 'NotBang', '{"DisplayName":{"Fn::Sub":"x${!NotBang}"}}', null, null],
  ['Self', 'NotShadowed', '{"DisplayName":{"Fn::Sub":["x${NotShadowed}",{"NotShadowed":"v"}]}}', null, null],
  ['Self', 'NotParam', '{"DisplayName":{"Ref":"AWS::Region"}}', null, null],
  ['Three', 'A', '{"DisplayName":{"Ref":"B"}}', null, null],
  ['Three', 'B', '{"DisplayName":{"Ref":"C"}}', null, null],
  ['Three', 'C', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['ThreeRev', 'Z', '{"DisplayName":{"Ref":"M"}}', null, null],
  ['ThreeRev', 'A', '{"DisplayName":{"Ref":"Z"}}', null, null],
  ['ThreeRev', 'M', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['Overlap', 'A', '{"DisplayName":{"Ref":"B"}}', null, null],
  ['Overlap', 'B', '{"DisplayName":{"Fn::Join":["",[{"Ref":"A"},{"Ref":"C"}]]}}', null, null],
  ['Overlap', 'C', '{"DisplayName":{"Ref":"B"}}', null, null],
  ['SelfFirst', 'R', '{"DisplayName":{"Fn::Join":["",[{"Ref":"B"},{"Ref":"C"}]]}}', null, null],
  ['SelfFirst', 'B', '{"DisplayName":{"Ref":"B"}}', null, null],
  ['SelfFirst', 'C', '{"DisplayName":{"Ref":"R"}}', null, null],
  ['TwoCycles', 'A', '{"DisplayName":{"Fn::Join":["",[{"Ref":"B"},{"Ref":"C"}]]}}', null, null],
  ['TwoCycles', 'B', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['TwoCycles', 'C', '{"DisplayName":{"Ref":"D"}}', null, null],
  ['TwoCycles', 'D', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['TwoCycles', 'Tail', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['DeadEnd', 'A', '{"DisplayName":{"Fn::Join":["",[{"Ref":"X"},{"Ref":"B"}]]}}', null, null],
  ['DeadEnd', 'X', '{"DisplayName":{"Ref":"Y"}}', null, null],
  ['DeadEnd', 'Y', null, null, null],
  ['DeadEnd', 'B', '{"DisplayName":{"Ref":"X"},"TopicName":{"Ref":"A"}}', null, null],
  ['DependsOnFirst', 'A', '{"DisplayName":{"Ref":"C"}}', '["B"]', null],
  ['DependsOnFirst', 'B', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['DependsOnFirst', 'C', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['MetadataFirst', 'A', '{"DisplayName":{"Ref":"C"}}', null, '{"Ref":"B"}'],
  ['MetadataFirst', 'B', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['MetadataFirst', 'C', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['PropertyOrder', 'A', '{"TopicName":{"Ref":"C"},"DisplayName":{"Ref":"B"}}', null, null],
  ['PropertyOrder', 'B', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['PropertyOrder', 'C', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['RefBeforeGetAtt', 'A', '{"TopicName":{"Fn::GetAtt":["C","TopicName"]},"DisplayName":{"Ref":"B"}}', null, null],
  ['RefBeforeGetAtt', 'B', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['RefBeforeGetAtt', 'C', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['SubAsRef', 'A', '{"TopicName":{"Fn::Sub":"${C}"},"DisplayName":{"Ref":"B"}}', null, null],
  ['SubAsRef', 'B', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['SubAsRef', 'C', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['PropertyRefBeforeMetadataGetAtt', 'A', '{"TopicName":{"Ref":"C"}}', null, '{"Fn::GetAtt":["B","TopicName"]}'],
  ['PropertyRefBeforeMetadataGetAtt', 'B', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['PropertyRefBeforeMetadataGetAtt', 'C', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['MetadataRefBeforePropertySub', 'A', '{"TopicName":{"Fn::Sub":"${C}"}}', null, '{"Ref":"B"}'],
  ['MetadataRefBeforePropertySub', 'B', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['MetadataRefBeforePropertySub', 'C', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['SubVariablesFirst', 'A', '{"TopicName":{"Fn::Sub":["${C}${v}",{"v":{"Ref":"B"}}]}}', null, null],
  ['SubVariablesFirst', 'B', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['SubVariablesFirst', 'C', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['SubAttrAsGetAtt', 'A', '{"TopicName":{"Fn::Sub":"${C.TopicName}"},"DisplayName":{"Fn::GetAtt":["B","TopicName"]}}', null, null],
  ['SubAttrAsGetAtt', 'B', '{"DisplayName":{"Ref":"A"}}', null, null],
  ['SubAttrAsGetAtt', 'C', '{"DisplayName":{"Ref":"A"}}', null, null],
];
const app = new cdk.App({ context: { 'aws:cdk:disable-creation-stack-traces': true } });
const stacks = {};
for (const [st, id, props, dep, meta] of rows) {
  const s = stacks[st] || (stacks[st] = new cdk.Stack(app, st));
  const r = new cdk.CfnResource(s, id, { type: 'AWS::SNS::Topic', properties: props ? JSON.parse(props) : undefined });
  if (dep) r.addOverride('DependsOn', JSON.parse(dep));
  if (meta) r.addMetadata('M', JSON.parse(meta));
}
app.synth();
