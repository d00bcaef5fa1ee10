// Conformance case 'core-app-deep-stacks-order': core app.test.ts's 'deep stack is shown and
// synthesized properly' (a stack whose scope is a resource of another stack: its generated name
// StackResStack7E4AFA86) and 'stacks are written to the assembly file in a topological order'
// (StackC after StackA and StackB, StackD after StackC, created C, D, A, B), under app.test.ts's
// withApp: the legacy synthesis of "@aws-cdk/core:newStyleStackSynthesis" false.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ stackTraces: false, context: { '@aws-cdk/core:newStyleStackSynthesis': false } });
const topStack = new cdk.Stack(app, 'Stack');
const topResource = new cdk.CfnResource(topStack, 'Res', { type: 'CDK::TopStack::Resource' });
const bottomStack = new cdk.Stack(topResource, 'Stack');
new cdk.CfnResource(bottomStack, 'Res', { type: 'CDK::BottomStack::Resource' });

const stackC = new cdk.Stack(app, 'StackC');
const stackD = new cdk.Stack(app, 'StackD');
const stackA = new cdk.Stack(app, 'StackA');
const stackB = new cdk.Stack(app, 'StackB');
stackC.addDependency(stackA);
stackC.addDependency(stackB);
stackD.addDependency(stackC);

app.synth();
