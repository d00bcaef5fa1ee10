// Conformance case 'error-core-depend-on-parent-stack': deps.test.ts 'throws error if target is
// common stack', by the public API: a resource's node.addDependency on its own stack.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'TestStack1');
const resource1 = new cdk.CfnResource(stack1, 'Resource1', { type: 'Test::Resource::Fake1' });
resource1.node.addDependency(stack1);
app.synth();
