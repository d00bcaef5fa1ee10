// Conformance case 'core-version-reporting-cdk-migrate': core metadata-resource.test.ts's
// 'formatAnalytics appends cdk-migrate info when CDK_CONTEXT_JSON is set': with "cdk-migrate" in
// the CLI's context (context.json) aws-cdk-lib 2.276.0 computes the extra ":<gzip>" part but drops
// it (String.concat's result is not kept), so the Analytics string is the usual one; ccdk's too.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ analyticsReporting: true });
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnResource(stack, 'Res', { type: 'AWS::CloudFormation::WaitConditionHandle' });

app.synth();
