// Conformance case 'core-construct-id-newline': construct ids with a newline and a '/': constructs'
// sanitizeId makes both "--" (Node.PATH_SEP and ADDR_SEP), in the id, the path, the logical id and
// tree.json; node.tryFindChild sanitizes the id it is given the same way (found by difffuzz,
// gen_res seed 20009: two UrlSubscriptions of one URL).
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const { Construct } = require('constructs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const queue = new sqs.Queue(stack, 'Orders\nQueue');
const group = new Construct(stack, 'Group\na/b');
new sqs.Queue(group, 'Inner');
new cdk.CfnOutput(stack, 'Id', { value: queue.node.id });
new cdk.CfnOutput(stack, 'Path', { value: queue.node.path });
new cdk.CfnOutput(stack, 'FoundNewline', { value: String(stack.node.tryFindChild('Orders\nQueue') !== undefined) });
new cdk.CfnOutput(stack, 'FoundDashes', { value: String(stack.node.tryFindChild('Orders--Queue') !== undefined) });
new cdk.CfnOutput(stack, 'FoundGroup', { value: String(stack.node.tryFindChild('Group/a\nb') !== undefined) });
app.synth();
