// Conformance case 'core-app-analytics-reporting-off': core: App({analyticsReporting: false}) over
// the CLI's version reporting (the cli-default context turns it on): no CDKMetadata anywhere, but in
// a stack whose own analyticsReporting is true — stack.test.ts's 'version reporting can be
// configured on the app'
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ analyticsReporting: false });
new cdk.CfnResource(new cdk.Stack(app, 'Quiet'), 'Topic', { type: 'AWS::SNS::Topic' });
new cdk.CfnResource(new cdk.Stack(app, 'Loud', { analyticsReporting: true }), 'Topic', { type: 'AWS::SNS::Topic' });
app.synth();
