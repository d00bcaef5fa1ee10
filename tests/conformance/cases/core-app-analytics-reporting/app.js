// Conformance case 'core-app-analytics-reporting': core app.test.ts's 'runtime library versions
// are not emitted in asm anymore': App({analyticsReporting: true}) sets "aws:cdk:version-reporting"
// over the CLI's context (even `--no-version-reporting`'s): each stack's CDKMetadata resource and
// its analytics, no runtime in manifest.json; a stack's own analyticsReporting: false still wins.
// stackTraces: false (the context every conformance context sets already). Plain CfnResources:
// an L2's analytics carry its redacted props under the cli+init flags, not recorded by ccdk yet.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ analyticsReporting: true, stackTraces: false });
const stack = new cdk.Stack(app, 'stack1');
new cdk.CfnResource(stack, 'MyResource', { type: 'Resource::Type' });
new cdk.CfnResource(stack, 'Queue', { type: 'AWS::SQS::Queue' });
const quiet = new cdk.Stack(app, 'stack2', { analyticsReporting: false });
new cdk.CfnResource(quiet, 'MyResource', { type: 'Resource::Type' });

app.synth();
