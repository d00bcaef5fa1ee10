// Conformance case 'core-cross-region-reference-list-ref': cross-stack-ssm-refs.test.ts's 'SSM
// reference with STRING_LIST values' and 'SSM reference with Ref attribute (not Fn::GetAtt)' moved
// to the cross-region mechanism aws-cdk-lib 2.276.0 has (StackReferences is newer): a CfnResource
// of us-east-1 whose STRING_LIST attribute, Ref and an Fn.select of the list are read by a us-west-2
// stack with crossRegionReferences (a second consumer resource reuses the list). Unlike the
// same-region export (Fn::Join "||" / Fn::Split), aws-cdk-lib 2.276.0 writes the list attribute
// into the ExportsWriter as is and uses the ExportsReader's attribute in the list's place (the
// list itself, and the Fn::Select's argument): odd (an SSM String parameter of a list), matched.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer', {
  env: { account: '123456789012', region: 'us-east-1' },
});
const resource = new cdk.CfnResource(producer, 'MyResource', { type: 'BLA' });
const consumer = new cdk.Stack(app, 'Consumer', {
  env: { account: '123456789012', region: 'us-west-2' },
  crossRegionReferences: true,
});
new cdk.CfnResource(consumer, 'ConsumerResource', {
  type: 'BLA',
  properties: {
    Prop: resource.getAtt('List', cdk.ResolutionTypeHint.STRING_LIST),
    Name: resource.ref,
  },
});
new cdk.CfnResource(consumer, 'ConsumerResource2', {
  type: 'BLA',
  properties: {
    First: cdk.Fn.select(1, cdk.Token.asList(resource.getAtt('List', cdk.ResolutionTypeHint.STRING_LIST))),
  },
});
app.synth();
