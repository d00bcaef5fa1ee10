// Conformance case 'core-version-reporting': version reporting on in the app's own context (as
// `cdk synth` turns it on): the CDKMetadata resource with its analytics (a Stage's stack included),
// the CDKMetadataAvailable condition of an environment-agnostic stack, none in a stack of a region
// where AWS::CDK::Metadata is not available, and a stack with analyticsReporting: false. The stacks
// reported hold plain CfnResources: an L2's analytics would carry its redacted props under the
// cli+init flags (@aws-cdk/core:enableAdditionalMetadataCollection), which ccdk does not record yet.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App({ context: { 'aws:cdk:version-reporting': true } });
const agnostic = new cdk.Stack(app, 'Agnostic');
const queue = (scope) => new cdk.CfnResource(scope, 'Queue', { type: 'AWS::SQS::Queue' });
queue(agnostic);
new cdk.CfnResource(agnostic, 'Topic', { type: 'AWS::SNS::Topic' });
queue(new cdk.Stack(app, 'Ireland', { env: { region: 'eu-west-1' } }));
queue(new cdk.Stack(app, 'GovCloud', { env: { region: 'us-gov-west-1' } }));
new sqs.Queue(new cdk.Stack(app, 'Quiet', { analyticsReporting: false }), 'Queue');
const stage = new cdk.Stage(app, 'Prod');
queue(new cdk.Stack(stage, 'Inner'));

app.synth();
