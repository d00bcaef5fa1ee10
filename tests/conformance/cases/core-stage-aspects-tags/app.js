// Conformance case 'core-stage-aspects-tags': aspects do not cross a Stage's boundary. Each Stage
// is synthesized apart (aws-cdk-lib's synthNestedAssemblies runs stage.synth(), whose aspects
// start over at the stage), so Tags.of(app) and an aspect added to the App reach the App's own
// stacks only, Tags.of(stage) and a stage's aspect reach its stacks but not those of a Stage
// nested in it. The aspect retains every SQS queue (a CfnResource test by type).
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

class RetainQueues {
  visit(node) {
    if (node instanceof cdk.CfnResource && node.cfnResourceType === 'AWS::SQS::Queue') {
      node.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
    }
  }
}

const app = new cdk.App();
cdk.Tags.of(app).add('app-tag', 'everywhere?');
cdk.Aspects.of(app).add(new RetainQueues());

const shared = new cdk.Stack(app, 'Shared');
new sqs.Queue(shared, 'SharedQueue', { removalPolicy: cdk.RemovalPolicy.DESTROY });

const dev = new cdk.Stage(app, 'Dev');
cdk.Tags.of(dev).add('stage', 'dev');
cdk.Aspects.of(dev).add(new RetainQueues());
const service = new cdk.Stack(dev, 'Service', { tags: { team: 'core' } });
new sqs.Queue(service, 'Work', { removalPolicy: cdk.RemovalPolicy.DESTROY });
cdk.Tags.of(service).add('component', 'service');

const canary = new cdk.Stage(dev, 'Canary');
cdk.Tags.of(canary).add('canary', 'true');
const probe = new cdk.Stack(canary, 'Probe');
new sqs.Queue(probe, 'Probes', { removalPolicy: cdk.RemovalPolicy.DESTROY });

const other = new cdk.Stage(app, 'Other');
const quiet = new cdk.Stack(other, 'Quiet');
new sqs.Queue(quiet, 'Untagged', { removalPolicy: cdk.RemovalPolicy.DESTROY });
app.synth();
