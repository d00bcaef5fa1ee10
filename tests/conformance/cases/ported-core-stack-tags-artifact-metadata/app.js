// Conformance case 'ported-core-stack-tags-artifact-metadata': aws-cdk's core stack.test.ts 'stack
// tags are reflected in the stack cloud assembly artifact metadata': Tags.of(app) on a stack and
// its child stack, legacy synthesis (NEW_STYLE_STACK_SYNTHESIS_CONTEXT false), stackTraces false.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ stackTraces: false, context: { '@aws-cdk/core:newStyleStackSynthesis': false } });

const stack1 = new cdk.Stack(app, 'stack1');
new cdk.Stack(stack1, 'stack2');

cdk.Tags.of(app).add('foo', 'bar');
app.synth();
