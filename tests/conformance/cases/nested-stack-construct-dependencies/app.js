// Conformance case 'nested-stack-construct-dependencies': node.addDependency between constructs on
// both sides of a nested stack's boundary, as dispatchDependencyOperation turns them into
// DependsOn: a parent's resource on a nested stack's (on the nested stack's resource), a nested
// stack's resource on a sibling nested stack's (the resources of the two nested stacks), and a
// nested stack's resource on another top-level stack's (the top-level stacks' dependency).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const other = new cdk.Stack(app, 'Other');
const shared = new cdk.CfnResource(other, 'Shared', { type: 'AWS::SNS::Topic' });
const stack = new cdk.Stack(app, 'TestStack');
const first = new cdk.NestedStack(stack, 'First');
const second = new cdk.NestedStack(stack, 'Second');
const a = new cdk.CfnResource(stack, 'A', { type: 'AWS::SNS::Topic' });
const b = new cdk.CfnResource(first, 'B', { type: 'AWS::SNS::Topic' });
const c = new cdk.CfnResource(second, 'C', { type: 'AWS::SQS::Queue' });
const d = new cdk.CfnResource(second, 'D', { type: 'AWS::SQS::Queue' });
a.node.addDependency(b);
c.node.addDependency(b);
d.node.addDependency(shared);
app.synth();
