// Conformance case 'tags-stack-deploy-time-values': stack tags whose value or key is a token (a
// parameter's value) beside literal ones. aws-cdk-lib's addStackArtifactToAssembly leaves them out
// of the stack's aws:cdk:stack-tags metadata and adds a warning naming them (<TOKEN>) before it;
// the manifest's tags keep them as raw token strings (the runner reads token numbers as N there).
// Under @aws-cdk/core:explicitStackTags (cli+init) Tags.of does not tag the stack at all. ccdk
// wrote the tokens into aws:cdk:stack-tags. Found by gen_err.py (de-3139, de-4181).
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const value = new cdk.CfnParameter(stack, 'TagValue');
new sqs.Queue(stack, 'Queue');
cdk.Tags.of(stack).add('literal', 'yes');
cdk.Tags.of(stack).add('fromParam', value.valueAsString);
cdk.Tags.of(stack).add(`key-${cdk.Aws.REGION}`, 'v');
const only = new cdk.Stack(app, 'OnlyTokens');
const p = new cdk.CfnParameter(only, 'P');
new sqs.Queue(only, 'Queue');
cdk.Tags.of(only).add('t', p.valueAsString);
app.synth();
